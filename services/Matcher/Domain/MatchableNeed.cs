using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Domain;

/// <summary>The Matcher's copy of a need, as the last <c>NeedPublished</c> described it.</summary>
public sealed class MatchableNeed
{
    public Guid NeedId { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public List<string> Keywords { get; set; } = [];

    public List<string> Fields { get; set; } = [];

    public required string Enterprise { get; set; }

    public bool IsOpen { get; set; } = true;

    /// <summary>Grows with each ranking that changed the need's top list.</summary>
    public int RankingRevision { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public int? TrlMin { get; set; }

    public int? TrlMax { get; set; }

    public List<CooperationMode> CooperationModes { get; set; } = [];

    public string? Region { get; set; }

    public decimal? BudgetMin { get; set; }

    public decimal? BudgetMax { get; set; }
}
