namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>
/// The Han character pairs of analysed text, read off its tokens: each token's adjacent characters, plus the pair
/// across two adjacent tokens. jieba's words miss matches that character pairs make (a need's "发光效率" against a
/// paper's "光效"), which is why character-pair BM25 is the usual Chinese baseline. Derived from the token ids,
/// cached once per distinct token, so a result costs no memory of its own for them.
/// </summary>
public sealed class HanPairs(TokenVocabulary vocabulary)
{
    private readonly Lock _grow = new();
    private TokenChars?[] _ofToken = new TokenChars?[1024];

    /// <summary>Appends every Han character pair of <paramref name="field"/> to <paramref name="pairs"/>, in text order.</summary>
    public void Collect(int[] field, List<int> pairs)
    {
        var previousLast = '\0';
        foreach (var token in field)
        {
            var chars = Of(token);
            if (previousLast != '\0' && chars.First != '\0')
            {
                pairs.Add(Key(previousLast, chars.First));
            }

            pairs.AddRange(chars.Pairs);
            previousLast = chars.Last;
        }
    }

    /// <summary>All pairs of a record's fields; pairs never span two fields or two keywords.</summary>
    public List<int> Collect(AnalysedFields fields)
    {
        var pairs = new List<int>();
        Collect(fields, pairs);
        return pairs;
    }

    /// <summary>Appends all pairs of a record's fields to <paramref name="pairs"/>.</summary>
    public void Collect(AnalysedFields fields, List<int> pairs)
    {
        Collect(fields.Title, pairs);
        foreach (var keyword in fields.Keywords)
        {
            Collect(keyword, pairs);
        }

        Collect(fields.Text, pairs);
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    public static int Key(char first, char second) => (first << 16) | second;

    /// <summary>A token's inner pairs and its first and last Han character, computed once per distinct token.</summary>
    public TokenChars Of(int token)
    {
        var known = _ofToken;
        if (token < known.Length && known[token] is { } cached)
        {
            return cached;
        }

        var chars = TokenChars.Of(vocabulary.TokenOf(token));
        lock (_grow)
        {
            if (token >= _ofToken.Length)
            {
                Array.Resize(ref _ofToken, Math.Max(token + 1, _ofToken.Length * 2));
            }

            _ofToken[token] = chars;
        }

        return chars;
    }

    /// <summary>A token's inner pairs and its first and last character when they are Han ('\0' otherwise).</summary>
    public sealed record TokenChars(int[] Pairs, char First, char Last)
    {
        public static TokenChars Of(string token)
        {
            var pairs = new List<int>();
            for (var i = 1; i < token.Length; i++)
            {
                if (IsHan(token[i - 1]) && IsHan(token[i]))
                {
                    pairs.Add(Key(token[i - 1], token[i]));
                }
            }

            return new TokenChars(
                [.. pairs],
                token.Length > 0 && IsHan(token[0]) ? token[0] : '\0',
                token.Length > 0 && IsHan(token[^1]) ? token[^1] : '\0');
        }
    }
}
