using System.Globalization;
using System.Text;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>Character classes that decide which analysis path a piece of text takes.</summary>
internal static class Scripts
{
    public static bool IsHan(Rune rune)
    {
        var value = rune.Value;
        return value is >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x323AF;
    }

    public static bool IsLatinLetter(Rune rune)
    {
        var value = rune.Value;
        return Rune.IsLetter(rune) && (value <= 0x024F || value is >= 0x1E00 and <= 0x1EFF);
    }

    /// <summary>Letters, digits and the combining marks that belong to them form words on the non-Han path.</summary>
    public static bool IsWordPart(Rune rune)
    {
        if (Rune.IsLetterOrDigit(rune))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
    }
}
