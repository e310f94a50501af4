namespace Huli.Matchmaking.Matcher.Domain;

/// <summary>The Matcher's copy of a research result, as the last event about it described it.</summary>
public sealed class MatchableResult
{
    public Guid ResultId { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Institute { get; set; }

    public bool IsListed { get; set; } = true;
}
