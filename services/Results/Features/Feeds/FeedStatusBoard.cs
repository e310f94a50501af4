using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>The status of every configured feed, one entry each, made once from the settings.</summary>
public sealed class FeedStatusBoard(IOptions<FeedSettings> settings)
{
    private readonly Lazy<IReadOnlyDictionary<string, FeedStatus>> statuses = new(() =>
        settings.Value.Feeds.ToDictionary(f => f.Name, f => new FeedStatus(f), StringComparer.OrdinalIgnoreCase));

    public IEnumerable<FeedStatus> All => statuses.Value.Values;

    public FeedStatus? Find(string feedName) => statuses.Value.GetValueOrDefault(feedName);
}
