using System.Net;
using System.Text;

namespace Huli.Matchmaking.Search.Highlighting;

/// <summary>Cuts the passage of a record's text that holds the most matched terms and marks them with
/// &lt;em&gt;. It works on the original text and the matched (analysed) terms, so both search backends
/// highlight alike: a Chinese term is found as written; an English stem is found at the start of a word
/// ("inspect" marks "inspection").</summary>
public static class Snippet
{
    public static string Highlight(string? text, IReadOnlyCollection<string> terms, int maxLength = 160)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var marks = FindMarks(text, terms);
        var (start, end) = Window(text, marks, maxLength);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (markStart, markEnd) in marks.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[at..markStart])).Append("<em>").Append(WebUtility.HtmlEncode(text[markStart..markEnd])).Append("</em>");
            at = markEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>Non-overlapping spans of the terms in the text, longest term first where they overlap.</summary>
    private static List<(int Start, int End)> FindMarks(string text, IReadOnlyCollection<string> terms)
    {
        var taken = new bool[text.Length];
        var marks = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => t.Length > 0).OrderByDescending(t => t.Length))
        {
            var from = 0;
            while ((from = text.IndexOf(term, from, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = from + term.Length;
                if (IsLatin(term[0]) && from > 0 && char.IsLetterOrDigit(text[from - 1]))
                {
                    from = end;
                    continue;
                }

                // An English stem marks the whole word it begins.
                while (IsLatin(term[^1]) && end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                if (!taken.AsSpan(from, end - from).Contains(true))
                {
                    taken.AsSpan(from, end - from).Fill(true);
                    marks.Add((from, end));
                }

                from = end;
            }
        }

        marks.Sort();
        return marks;
    }

    /// <summary>The window of at most <paramref name="maxLength"/> characters that covers the most marks.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> marks, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return (0, text.Length);
        }

        var bestStart = 0;
        var bestCount = 0;
        for (int first = 0, last = 0; first < marks.Count; first++)
        {
            while (last < marks.Count && marks[last].End - marks[first].Start <= maxLength)
            {
                last++;
            }

            if (last - first > bestCount)
            {
                bestCount = last - first;
                bestStart = marks[first].Start;
            }
        }

        // A little context before the first mark reads better than starting on it.
        var start = Math.Max(0, Math.Min(bestStart - (maxLength / 8), text.Length - maxLength));
        return (start, Math.Min(text.Length, start + maxLength));
    }

    private static bool IsLatin(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
