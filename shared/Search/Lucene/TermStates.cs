using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Huli.Matchmaking.Search;

/// <summary>
/// Where each query token sits in each token field of one index snapshot, looked up before the query is built.
/// A plain TermQuery looks its term up in every segment on its own, through a fresh terms enumerator each time:
/// for a need's 40 terms times 3 fields over a dozen segments that was about half the time of a candidate search.
/// Here one enumerator per segment and field seeks the tokens in term order, and a (field, token) that no
/// document holds gets no clause at all.
/// </summary>
internal sealed class TermStates
{
    private readonly Dictionary<(string Field, string Token), TermContext> _found = [];

    private TermStates()
    {
    }

    public static TermStates Find(IndexReader reader, IEnumerable<string> fields, IReadOnlyList<QueryTerm> terms)
    {
        var states = new TermStates();
        var inTermOrder = terms
            .Select(term => (term.Token, Bytes: new BytesRef(term.Token)))
            .OrderBy(term => term.Bytes, BytesRef.UTF8SortedAsUnicodeComparer)
            .ToList();
        foreach (var field in fields)
        {
            foreach (var leaf in reader.Leaves)
            {
                var enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                if (enumerator is null)
                {
                    continue;
                }

                foreach (var (token, bytes) in inTermOrder)
                {
                    if (enumerator.SeekExact(bytes))
                    {
                        states.In(reader, field, token).Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                    }
                }
            }
        }

        return states;
    }

    /// <summary>The token's states in the field, or null when no document of the snapshot holds it there.</summary>
    public TermContext? Of(string field, string token) => _found.GetValueOrDefault((field, token));

    private TermContext In(IndexReader reader, string field, string token)
    {
        if (!_found.TryGetValue((field, token), out var context))
        {
            context = new TermContext(reader.Context);
            _found[(field, token)] = context;
        }

        return context;
    }
}
