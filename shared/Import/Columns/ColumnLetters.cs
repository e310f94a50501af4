namespace Huli.Matchmaking.Import;

/// <summary>Spreadsheet column letters, which is how people name columns in both Excel and a CSV opened in it.</summary>
internal static class ColumnLetters
{
    public static string From(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The 0-based column of a cell reference such as "AB12", or -1 when it has no letters.</summary>
    public static int IndexOf(ReadOnlySpan<char> reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (upper - 'A' + 1);
            letters++;
        }

        return letters == 0 ? -1 : index - 1;
    }
}
