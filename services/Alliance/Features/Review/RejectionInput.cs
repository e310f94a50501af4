using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>Why a coordinator rejects a pairing; the reason becomes a labelled example for the matcher.</summary>
public sealed record RejectionInput(string? Reason)
{
    public FieldErrors Validate() => new FieldErrors().RequireText("reason", Reason, PairingLimits.Reason);
}
