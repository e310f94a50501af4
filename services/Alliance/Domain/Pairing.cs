using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>A need and a research result the Matcher paired, as coordinators take it from review to contract.</summary>
public sealed class Pairing
{
    public Guid Id { get; set; }

    public Guid NeedId { get; set; }

    public Guid ResultId { get; set; }

    public required string NeedTitle { get; set; }

    /// <summary>The organisation that owns the need.</summary>
    public required string Enterprise { get; set; }

    /// <summary>The need's industry fields, as the Matcher ranked it: what reports group by.</summary>
    public List<string> NeedFields { get; set; } = [];

    public required string ResultTitle { get; set; }

    public required string Institute { get; set; }

    public List<string> ResultFields { get; set; } = [];

    public int? ResultTrl { get; set; }

    /// <summary>Place in the need's current top list; null once a newer ranking dropped the result.</summary>
    public int? Rank { get; set; }

    public double Score { get; set; }

    public List<string> MatchedTerms { get; set; } = [];

    /// <summary>The Matcher's main reasons for the newest ranking, in Chinese and English.</summary>
    public List<PairingReason> Reasons { get; set; } = [];

    public PairingStatus Status { get; set; } = PairingStatus.Proposed;

    /// <summary>When the pairing entered its current state. Null on pairings recorded before the workflow
    /// existed: see <see cref="InStateSince"/>.</summary>
    public DateTimeOffset? StateSince { get; set; }

    /// <summary>When the pairing entered its current state, for older rows its decision or its proposal: stale
    /// flags count from here, so an upgraded database does not flag every old pairing at once.</summary>
    public DateTimeOffset InStateSince => StateSince ?? DecidedAt ?? ProposedAt;

    /// <summary>Set once the pairing overstayed its state's limit; the next step clears it.</summary>
    public DateTimeOffset? FlaggedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>When a coordinator confirmed it: from then on a sealed need is released to the institute.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>True once a coordinator confirmed it, also for pairings confirmed before
    /// <see cref="ConfirmedAt"/> was recorded.</summary>
    public bool WasConfirmed => ConfirmedAt is not null || (Status == PairingStatus.Confirmed && DecidedAt is not null);

    public string? RejectionReason { get; set; }

    /// <summary>The signed contract's amount in 万元.</summary>
    public decimal? ContractAmount { get; set; }

    public CooperationMode? ContractType { get; set; }

    public string? CloseReason { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    /// <summary>Optimistic concurrency: two coordinators moving it at once cannot both win.</summary>
    public int Version { get; set; }
}
