using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Huli.Matchmaking.Search;

/// <summary>
/// Feeds already analysed tokens to the indexer one by one, exactly as given: a token field's value is a
/// <see cref="TokenListReader"/>, and this analyser's tokenizer reads its list instead of characters.
/// Re-tokenising a joined string (even with a whitespace tokenizer) could split, truncate (255 chars) or drop odd
/// tokens. Going through an analyser rather than a new token stream per field lets Lucene keep one stream per
/// thread: a stream of its own per field and document cost an attribute map and five attributes each, a tenth of
/// what an import allocated in the index.
/// </summary>
internal sealed class TokenListAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new TokenListTokenizer(reader));

    private sealed class TokenListTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private IReadOnlyList<string> _tokens = [];
        private int _next;

        public TokenListTokenizer(TextReader input)
            : base(input)
        {
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
            _tokens = m_input is TokenListReader list
                ? list.Tokens
                : throw new InvalidOperationException("Token fields are written from lists of analysed tokens (TokenListReader), not from text.");
            _next = 0;
        }

        protected override void Dispose(bool disposing)
        {
            // The list belongs to the document; only the reference goes.
            _tokens = [];
            base.Dispose(disposing);
        }
    }
}

/// <summary>A token field's value: the analysed tokens for <see cref="TokenListAnalyzer"/>, which reads them as a
/// list. As text it is empty; nothing else reads it.</summary>
internal sealed class TokenListReader(IReadOnlyList<string> tokens) : TextReader
{
    public IReadOnlyList<string> Tokens { get; } = tokens;

    public override int Peek() => -1;

    public override int Read() => -1;
}
