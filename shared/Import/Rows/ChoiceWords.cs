namespace Huli.Matchmaking.Import.Rows;

/// <summary>The words a file may use for a choice: the ones people write (Chinese, mostly) plus each value's own
/// name as declared, which also matches its camelCase JSON form because case is ignored.</summary>
public static class ChoiceWords
{
    public static IReadOnlyDictionary<string, T> Of<T>(Dictionary<string, T> written)
        where T : struct, Enum
    {
        var words = new Dictionary<string, T>(written, StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<T>())
        {
            words.TryAdd(value.ToString(), value);
        }

        return words;
    }
}
