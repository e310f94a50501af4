namespace Huli.Matchmaking.Matcher.Ranking.Profiles;

/// <summary>The open needs, analysed once, so a new result can be scored against every one of them directly
/// instead of re-ranking each. Same threading rule as <see cref="ResultCatalog"/>.</summary>
public sealed class NeedCatalog
{
    private readonly Dictionary<Guid, NeedProfile> _needs = [];

    public IEnumerable<NeedProfile> Open => _needs.Values;

    public NeedProfile? Find(Guid needId) => _needs.GetValueOrDefault(needId);

    public void Upsert(NeedProfile need) => _needs[need.NeedId] = need;

    public void Remove(Guid needId) => _needs.Remove(needId);
}
