using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Features.Publishing;
using Polly.CircuitBreaker;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>What the connector knows about one feed, in memory: a restart starts the counts again, while the
/// cursor itself is on disk. Written by the feed's poll, read by the status endpoint, hence the lock.</summary>
public sealed class FeedStatus(FeedOptions feed)
{
    private readonly Lock gate = new();
    private string? cursor;
    private DateTimeOffset? lastPolledAt;
    private DateTimeOffset? lastSuccessAt;
    private DateTimeOffset? lastErrorAt;
    private LocalText? lastError;
    private long itemsListed;
    private long itemsUnchanged;
    private long itemsRejected;
    private LocalText? lastItemError;

    public FeedOptions Feed => feed;

    /// <summary>Attached to the feed's circuit breaker, so the status shows the breaker's own state.</summary>
    public CircuitBreakerStateProvider Circuit { get; } = new();

    public void Polled(DateTimeOffset at, string? startCursor)
    {
        lock (gate)
        {
            lastPolledAt = at;
            cursor = startCursor;
        }
    }

    public void Advanced(string newCursor)
    {
        lock (gate)
        {
            cursor = newCursor;
        }
    }

    public void Listed(ListingEffect effect)
    {
        lock (gate)
        {
            // A merged item is listed too: the existing record now names the feed as a source.
            if (effect == ListingEffect.Unchanged)
            {
                itemsUnchanged++;
            }
            else
            {
                itemsListed++;
            }
        }
    }

    public void Rejected(LocalText problem)
    {
        lock (gate)
        {
            itemsRejected++;
            lastItemError = problem;
        }
    }

    public void Succeeded(DateTimeOffset at)
    {
        lock (gate)
        {
            lastSuccessAt = at;
        }
    }

    public void Failed(DateTimeOffset at, LocalText error)
    {
        lock (gate)
        {
            lastErrorAt = at;
            lastError = error;
        }
    }

    /// <summary>The status with its messages in the current (the request's) language.</summary>
    public FeedStatusView View()
    {
        lock (gate)
        {
            return new FeedStatusView(
                feed.Name, feed.Institute, feed.Url, cursor, lastPolledAt, lastSuccessAt, lastErrorAt, lastError?.ToString(),
                itemsListed, itemsUnchanged, itemsRejected, lastItemError?.ToString(), Circuit.CircuitState.ToString());
        }
    }
}

/// <summary>A feed's status as the coordinators' endpoint shows it. Counts are since the process started.</summary>
public sealed record FeedStatusView(
    string Name,
    string Institute,
    string Url,
    string? Cursor,
    DateTimeOffset? LastPolledAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    long ItemsListed,
    long ItemsUnchanged,
    long ItemsRejected,
    string? LastItemError,
    string Circuit);
