namespace Huli.Matchmaking.Sorting.Classification;

/// <summary>
/// The features a text is classified on: the analyser's tokens (so 永磁同步电机 also yields 同步电机 and 电机,
/// and English words are stems), plus each pair of adjacent English tokens, because English terms are phrases
/// whose words alone are ambiguous ("machine vision" against "machine learning").
/// </summary>
internal static class ClassificationFeatures
{
    public static IEnumerable<string> Of(IReadOnlyList<string> tokens)
    {
        string? previous = null;
        foreach (var token in tokens)
        {
            yield return token;

            var isLatin = IsLatin(token);
            if (isLatin && previous is not null)
            {
                yield return previous + " " + token;
            }

            previous = isLatin ? token : null;
        }
    }

    private static bool IsLatin(string token) => System.Text.Ascii.IsValid(token);
}
