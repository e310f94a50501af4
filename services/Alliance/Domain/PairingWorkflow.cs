using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>The one place that says which moves a pairing may make. Besides the forward moves below, any state
/// that is not final may close (with a reason).</summary>
public static class PairingWorkflow
{
    private static readonly Dictionary<PairingStatus, PairingStatus[]> Forward = new()
    {
        [PairingStatus.Proposed] = [PairingStatus.Confirmed, PairingStatus.Rejected],
        [PairingStatus.Confirmed] = [PairingStatus.Contacted],
        [PairingStatus.Contacted] = [PairingStatus.NdaSigned],
        [PairingStatus.NdaSigned] = [PairingStatus.Visit],
        [PairingStatus.Visit] = [PairingStatus.Negotiating],
        [PairingStatus.Negotiating] = [PairingStatus.ContractSigned],
        [PairingStatus.ContractSigned] = [PairingStatus.Closed],
    };

    /// <summary>The way from proposal to contract, in order: the funnel's stages.</summary>
    public static readonly IReadOnlyList<PairingStatus> Pipeline =
    [
        PairingStatus.Proposed, PairingStatus.Confirmed, PairingStatus.Contacted, PairingStatus.NdaSigned,
        PairingStatus.Visit, PairingStatus.Negotiating, PairingStatus.ContractSigned,
    ];

    public static bool IsFinal(PairingStatus status) => status is PairingStatus.Closed or PairingStatus.Rejected;

    public static IReadOnlyList<PairingStatus> AllowedMoves(PairingStatus from)
    {
        var forward = Forward.GetValueOrDefault(from, []);
        return IsFinal(from) || forward.Contains(PairingStatus.Closed) ? forward : [.. forward, PairingStatus.Closed];
    }

    public static bool Allows(PairingStatus from, PairingStatus to) => AllowedMoves(from).Contains(to);
}
