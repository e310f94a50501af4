using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Matcher.Domain;

/// <summary>The Matcher's copy of a research result, as the last event about it described it: what ranking
/// needs to rebuild its in-memory profile at start.</summary>
public sealed class MatchableResult
{
    public Guid ResultId { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Institute { get; set; }

    public bool IsListed { get; set; } = true;

    public string Abstract { get; set; } = "";

    public List<string> Keywords { get; set; } = [];

    public List<string> Fields { get; set; } = [];

    public int? Trl { get; set; }

    public List<CooperationMode> CooperationModes { get; set; } = [];

    public string? Region { get; set; }

    public decimal? PriceMin { get; set; }

    public decimal? PriceMax { get; set; }

    public DateOnly? CompletedOn { get; set; }
}
