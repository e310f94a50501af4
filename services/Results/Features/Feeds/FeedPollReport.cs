using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Features.Publishing;

namespace Huli.Matchmaking.Results.Features.Feeds;

/// <summary>What one poll did.</summary>
public sealed class FeedPollReport(string feed)
{
    public string Feed { get; } = feed;

    public int Pages { get; internal set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Items that had already arrived by another channel: the record now names the feed too.</summary>
    public int Merged { get; private set; }

    public int Rejected { get; internal set; }

    /// <summary>Why the poll stopped early; null when it read the feed to its end.</summary>
    public LocalText? Error { get; internal set; }

    public bool Succeeded => Error is null;

    internal void Count(ListingEffect effect)
    {
        switch (effect)
        {
            case ListingEffect.Created:
                Created++;
                break;
            case ListingEffect.Updated:
                Updated++;
                break;
            case ListingEffect.Merged:
                Merged++;
                break;
            default:
                Unchanged++;
                break;
        }
    }
}
