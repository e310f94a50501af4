using System.Text;

namespace Huli.Matchmaking.Import.Xlsx;

/// <summary>Reads a custom number format code such as yyyy"年"m"月"d"日" or [$-804]yyyy/m/d h:mm well enough
/// to know whether it shows a date.</summary>
internal static class NumberFormatCode
{
    public static DateKind Classify(string code)
    {
        var tokens = Tokens(FirstSection(code));
        var hasDate = tokens.Contains('y') || tokens.Contains('d');
        var hasTime = tokens.Contains('h') || tokens.Contains('s') || tokens.Contains("am/pm", StringComparison.Ordinal) || tokens.Contains("上午/下午", StringComparison.Ordinal);

        // "m" is a month unless hours or seconds are around it; "mmm" alone is a month format.
        hasDate |= !hasTime && tokens.Contains('m');
        return (hasDate, hasTime) switch
        {
            (true, true) => DateKind.DateTime,
            (true, false) => DateKind.Date,
            (false, true) => DateKind.Time,
            _ => DateKind.None,
        };
    }

    /// <summary>The format of positive numbers: sections are separated by semicolons outside quotes.</summary>
    private static string FirstSection(string code)
    {
        var quoted = false;
        for (var index = 0; index < code.Length; index++)
        {
            if (code[index] == '"')
            {
                quoted = !quoted;
            }
            else if (code[index] == ';' && !quoted)
            {
                return code[..index];
            }
        }

        return code;
    }

    /// <summary>The code in lower case without literal text ("...", \x, _x, *x), locale and colour tags
    /// ([$-804], [Red]) and the word General. Elapsed-time tags ([h], [mm], [ss]) all become "h": they show a time.</summary>
    private static string Tokens(string section)
    {
        var tokens = new StringBuilder(section.Length);
        for (var index = 0; index < section.Length; index++)
        {
            var c = section[index];
            switch (c)
            {
                case '"':
                    var close = section.IndexOf('"', index + 1);
                    index = close < 0 ? section.Length : close;
                    break;
                case '\\' or '_' or '*':
                    index++;
                    break;
                case '[':
                    var end = section.IndexOf(']', index + 1);
                    var tag = end < 0 ? string.Empty : section[(index + 1)..end].ToLowerInvariant();
                    if (tag.Length > 0 && tag.All(letter => letter is 'h' or 'm' or 's'))
                    {
                        tokens.Append('h');
                    }

                    index = end < 0 ? section.Length : end;
                    break;
                default:
                    tokens.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return tokens.ToString().Replace("general", string.Empty, StringComparison.Ordinal);
    }
}
