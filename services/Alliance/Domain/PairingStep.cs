using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>One move of a pairing, as it happened: the history that the pipeline, the stale flags and the
/// reports are read from.</summary>
public sealed class PairingStep
{
    public long Id { get; set; }

    public Guid PairingId { get; set; }

    public PairingStatus From { get; set; }

    public PairingStatus To { get; set; }

    public required string By { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Notes { get; set; }

    /// <summary>The contract signed at this step (only on a move to contract signed), in 万元.</summary>
    public decimal? ContractAmount { get; set; }

    public CooperationMode? ContractType { get; set; }
}
