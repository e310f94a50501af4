namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>How hard the connector tries a feed (<c>Huli:FeedPolicy</c>). The defaults suit a feed polled every
/// few minutes; tests shrink them to milliseconds.</summary>
public sealed class FeedPolicy
{
    public const string SectionName = "Huli:FeedPolicy";

    /// <summary>Off in tests that drive <see cref="FeedPoller.PollAsync"/> themselves.</summary>
    public bool PollInBackground { get; set; } = true;

    /// <summary>Retries after the first attempt, on transient failures only.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay; each next one doubles, with jitter so many feeds do not retry in step.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Caps a single retry delay, including one a feed asks for with Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Bounds one request, body included: a stalled feed must not hold its poll for ever.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the window before the ratio counts; one fully failed poll (1 + 3 retries) is enough.</summary>
    public int BreakerMinimumThroughput { get; set; } = 4;

    /// <summary>Long enough to hold a poll's attempts at the default timeout.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an open circuit leaves the feed alone before one trial request.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A page is read into memory whole, so its size is bounded.</summary>
    public int MaxPageBytes { get; set; } = 16 * 1024 * 1024;
}
