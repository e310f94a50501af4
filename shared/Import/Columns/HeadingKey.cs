using System.Globalization;
using System.Text;

namespace Huli.Matchmaking.Import;

/// <summary>The form in which a heading is compared with the aliases, so that "成果名称（必填）", "Title ",
/// "ＴＲＬ" and "external_id" find their field.</summary>
internal static class HeadingKey
{
    public static string Normalize(string heading)
    {
        // NFKC folds full-width letters and brackets (Ｔ, （）) into their ASCII forms first.
        var text = TrimMarks(heading.Normalize(NormalizationForm.FormKC));
        text = TrimMarks(WithoutAnnotation(text));

        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    /// <summary>Templates mark required columns with an asterisk ("*标题", "标题*"); zero-width marks such as a
    /// second byte order mark are invisible to the person who typed the heading.</summary>
    private static string TrimMarks(string text) =>
        text.Trim().Trim('*', '\uFEFF', '\u200B').Trim();

    /// <summary>Drops a trailing "(必填)" or "(1-9)" annotation, unless the whole heading is in brackets.</summary>
    private static string WithoutAnnotation(string text)
    {
        if (!text.EndsWith(')'))
        {
            return text;
        }

        var open = text.LastIndexOf('(');
        return open > 0 ? text[..open] : text;
    }
}
