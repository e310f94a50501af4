namespace Huli.Matchmaking.Import.Decoding;

/// <summary>Chooses the CSV separator from the header line: European Excel saves "CSV" with semicolons and
/// some tools export tabs, but a comma is assumed unless the header clearly uses another.</summary>
internal static class SeparatorSniffer
{
    public static char Detect(string preview)
    {
        var line = FirstNonBlankLine(preview);
        if (line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && line.TrimEnd().Length == 5)
        {
            // Excel's own hint line, "sep=;".
            return line[4];
        }

        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        if (semicolons > commas && semicolons >= tabs)
        {
            return ';';
        }

        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static string FirstNonBlankLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return line.ToString();
            }
        }

        return string.Empty;
    }
}
