namespace Huli.Matchmaking.Import;

/// <summary>What every format does to a cell's text, and the splitting of multi-valued cells.</summary>
public static class Cells
{
    private static readonly char[] ListSeparators = [';', '；', ',', '，', '、', '|', '｜', '\r', '\n'];

    /// <summary>Splits a multi-valued cell such as "机器视觉；注塑件、色差检测" on ; ； , ， 、 | and line breaks,
    /// trimming each value and dropping empty and repeated ones (the first spelling is kept, in order).</summary>
    public static IReadOnlyList<string> SplitList(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in cell.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (seen.Add(part))
            {
                values.Add(part);
            }
        }

        return values;
    }

    /// <summary>Trimmed text, or null when nothing is left.</summary>
    internal static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
