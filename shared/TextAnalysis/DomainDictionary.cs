using System.Globalization;
using System.Text;

namespace Huli.Matchmaking.TextAnalysis;

internal sealed record DomainTerm(string Word, int Frequency, string? Tag);

/// <summary>Reads the curated technical terms (jieba user-dictionary format, plus # comments). Parsed here
/// rather than by jieba's LoadUserDict, which ignores malformed lines silently and has no comment syntax.</summary>
internal static class DomainDictionary
{
    public static IReadOnlyList<DomainTerm> Load(string path)
    {
        var terms = new List<DomainTerm>();
        var lineNumber = 0;
        foreach (var rawLine in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            terms.Add(Parse(line) ?? throw new InvalidDataException(
                $"{path}:{lineNumber}: expected 'word frequency [tag]' with a word of Han characters, got '{line}'."));
        }

        return terms;
    }

    private static DomainTerm? Parse(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3
            || !IsHanOnly(parts[0])
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency)
            || frequency <= 0)
        {
            return null;
        }

        return new DomainTerm(parts[0], frequency, parts.Length == 3 ? parts[2] : null);
    }

    // Only Han runs reach jieba (Latin goes through the English path), so a term with other characters
    // could never match.
    private static bool IsHanOnly(string word)
    {
        return word.EnumerateRunes().All(rune => rune.IsBmp && Scripts.IsHan(rune));
    }
}
