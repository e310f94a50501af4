using System.Collections.Concurrent;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>Gives every analysed token a small integer, so the in-memory catalog holds int arrays rather than
/// strings and the re-ranker compares ints. Ids are never reused; the vocabulary only grows.</summary>
public sealed class TokenVocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _tokens = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _tokens.Count;
            }
        }
    }

    public int IdOf(string token)
    {
        if (_ids.TryGetValue(token, out var id))
        {
            return id;
        }

        lock (_gate)
        {
            if (!_ids.TryGetValue(token, out id))
            {
                id = _tokens.Count;
                _tokens.Add(token);
                _ids[token] = id;
            }

            return id;
        }
    }

    /// <summary>The id of a token seen before, or -1: a query term no result ever had matches nothing.</summary>
    public int Find(string token) => _ids.TryGetValue(token, out var id) ? id : -1;

    public string TokenOf(int id)
    {
        lock (_gate)
        {
            return _tokens[id];
        }
    }

    public int[] IdsOf(IEnumerable<string> tokens) => tokens.Select(IdOf).ToArray();
}
