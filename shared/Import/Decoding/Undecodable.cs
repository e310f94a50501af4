namespace Huli.Matchmaking.Import.Decoding;

/// <summary>Finds the cells where the decoder met bytes that are not text in the file's encoding.</summary>
internal static class Undecodable
{
    public const char Replacement = '\uFFFD';

    public static void Report(IReadOnlyDictionary<string, string?> cells, string encodingName, string rowLabel, List<RowProblem> problems)
    {
        foreach (var (field, value) in cells)
        {
            if (value is not null && value.Contains(Replacement, StringComparison.Ordinal))
            {
                problems.Add(new RowProblem(field,
                    $"{rowLabel}: the {field} contains bytes that are not valid {encodingName} text (shown as \uFFFD). Save the whole file in one encoding, preferably CSV UTF-8, and upload it again."));
            }
        }
    }
}
