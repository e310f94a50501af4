using System.Collections.Concurrent;

namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>Gives every analysed token a small integer, so the in-memory catalog holds int arrays rather than
/// strings and the re-ranker compares ints. Ids are never reused; the vocabulary only grows.</summary>
public sealed class TokenVocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    // Read without the lock: every id handed out indexes a slot written before the id was published, and a
    // grown array is a full copy, so a reader holding either array finds the token. Indexing a result looks up
    // each of its hundreds of tokens, and a lock per lookup was most of that.
    private string[] _tokens = new string[1024];
    private int _count;

    public int Count => Volatile.Read(ref _count);

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
                id = _count;
                if (id == _tokens.Length)
                {
                    var grown = new string[id * 2];
                    Array.Copy(_tokens, grown, id);
                    Volatile.Write(ref _tokens, grown);
                }

                _tokens[id] = token;
                Volatile.Write(ref _count, id + 1);
                _ids[token] = id;
            }

            return id;
        }
    }

    /// <summary>The id of a token seen before, or -1: a query term no result ever had matches nothing.</summary>
    public int Find(string token) => _ids.TryGetValue(token, out var id) ? id : -1;

    public string TokenOf(int id) =>
        (uint)id < (uint)Count ? Volatile.Read(ref _tokens)[id] : throw new ArgumentOutOfRangeException(nameof(id), id, "No token has this id.");

    public int[] IdsOf(IReadOnlyList<string> tokens)
    {
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = IdOf(tokens[i]);
        }

        return ids;
    }
}
