using System.Text;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>Folds full-width letters, digits and punctuation (common in Chinese input methods) to their ASCII
/// forms with NFKC, then lowercases, so that "ＰＣＢ" and "pcb" become the same token.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        return WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    // string.Normalize throws on malformed UTF-16, and user text pasted from other systems sometimes is.
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                builder.Append(text, index, consumed);
            }
            else
            {
                builder.Append(' ');
            }

            index += Math.Max(consumed, 1);
        }

        return builder.ToString();
    }
}
