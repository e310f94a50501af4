namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>A need and a research result the Matcher paired, as coordinators review it.</summary>
public sealed class Pairing
{
    public Guid Id { get; set; }

    public Guid NeedId { get; set; }

    public Guid ResultId { get; set; }

    public required string NeedTitle { get; set; }

    public required string Enterprise { get; set; }

    public required string ResultTitle { get; set; }

    public required string Institute { get; set; }

    /// <summary>Place in the need's current top list; null once a newer ranking dropped the result.</summary>
    public int? Rank { get; set; }

    public double Score { get; set; }

    public List<string> MatchedTerms { get; set; } = [];

    /// <summary>The Matcher's main reasons for the newest ranking, in Chinese and English.</summary>
    public List<PairingReason> Reasons { get; set; } = [];

    public PairingStatus Status { get; set; } = PairingStatus.Proposed;

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    /// <summary>Optimistic concurrency: two coordinators deciding at once cannot both win.</summary>
    public int Version { get; set; }
}

public enum PairingStatus
{
    Proposed,
    Confirmed,
    Rejected,
}
