namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>One institute's results feed, an entry of the <c>Huli:Feeds</c> list.</summary>
public sealed class FeedOptions
{
    /// <summary>Names the feed in logs, the status endpoint and the cursor file, so it is kept to letters,
    /// digits, '.', '_' and '-'.</summary>
    public string Name { get; set; } = "";

    /// <summary>The feed's endpoint; <c>since</c> and <c>limit</c> are added to its query.</summary>
    public string Url { get; set; } = "";

    /// <summary>The organisation every record of this feed is listed under: a feed speaks for one institute.</summary>
    public string Institute { get; set; } = "";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sent as <c>Authorization: Bearer</c>; comes from the environment or a secrets file, never source.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The <c>limit</c> asked for per page.</summary>
    public int PageSize { get; set; } = 100;
}

/// <summary>The configured feeds. <c>Huli:Feeds</c> is a list, so it binds into <see cref="Feeds"/>.</summary>
public sealed class FeedSettings
{
    public const string SectionName = "Huli:Feeds";

    public List<FeedOptions> Feeds { get; set; } = [];

    public FeedOptions? Find(string name) =>
        Feeds.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
