using System.Text;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>Cuts normalised text into Han runs and word runs; everything else (spaces, punctuation, symbols)
/// separates runs and is dropped. "基于yolov8的pcb缺陷检测" gives 基于 | yolov8 | 的 | pcb | 缺陷检测.</summary>
internal static class TextRunSplitter
{
    // Programming languages whose names would otherwise lose their symbol and collide with the letter alone.
    private static readonly string[] SymbolWords = ["c++", "c#", "f#"];

    public static List<TextRun> Split(string text)
    {
        var runs = new List<TextRun>();
        var current = new StringBuilder();
        var currentKind = TextRunKind.Word;
        var index = 0;

        void Flush()
        {
            if (current.Length > 0)
            {
                runs.Add(new TextRun(currentKind, current.ToString()));
                current.Clear();
            }
        }

        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);

            if (Scripts.IsHan(rune))
            {
                if (currentKind != TextRunKind.Han)
                {
                    Flush();
                }

                if (rune.IsBmp)
                {
                    currentKind = TextRunKind.Han;
                    current.Append(text, index, consumed);
                }
                else
                {
                    // jieba works on UTF-16 units and would split a surrogate pair, so a rare ideograph
                    // outside the BMP becomes a token of its own.
                    Flush();
                    runs.Add(new TextRun(TextRunKind.Word, rune.ToString()));
                }
            }
            else if (Scripts.IsWordPart(rune) || IsDecimalPoint(text, index, current))
            {
                if (currentKind != TextRunKind.Word)
                {
                    Flush();
                    currentKind = TextRunKind.Word;
                }

                current.Append(text, index, consumed);
            }
            else if (currentKind == TextRunKind.Word && TryTakeSymbolWord(text, index, current, out var symbolLength))
            {
                current.Append(text, index, symbolLength);
                consumed = symbolLength;
                Flush();
            }
            else
            {
                Flush();
            }

            index += consumed;
        }

        Flush();
        return runs;
    }

    // Keeps "0.1mm" and "3.7v" whole: split at the point, the parts would match unrelated numbers.
    private static bool IsDecimalPoint(string text, int index, StringBuilder current)
    {
        return text[index] == '.'
            && current.Length > 0
            && char.IsAsciiDigit(current[^1])
            && index + 1 < text.Length
            && char.IsAsciiDigit(text[index + 1]);
    }

    private static bool TryTakeSymbolWord(string text, int index, StringBuilder current, out int symbolLength)
    {
        symbolLength = 0;
        if (current.Length != 1)
        {
            return false;
        }

        foreach (var word in SymbolWords)
        {
            var symbol = word.AsSpan(1);
            if (word[0] == current[0]
                && text.AsSpan(index).StartsWith(symbol, StringComparison.Ordinal)
                && !IsAsciiLetterOrDigitAt(text, index + symbol.Length))
            {
                symbolLength = symbol.Length;
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiLetterOrDigitAt(string text, int index)
    {
        return index < text.Length && char.IsAsciiLetterOrDigit(text[index]);
    }
}
