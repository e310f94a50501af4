using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Huli.Matchmaking.Search;

/// <summary>Feeds already analysed tokens to the indexer one by one, exactly as given. Re-tokenising a joined
/// string (even with a whitespace tokenizer) could split, truncate (255 chars) or drop odd tokens.</summary>
internal sealed class TokenListStream : TokenStream
{
    private readonly IReadOnlyList<string> _tokens;
    private readonly ICharTermAttribute _term;
    private int _next;

    public TokenListStream(IReadOnlyList<string> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        _term.SetEmpty().Append(_tokens[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
