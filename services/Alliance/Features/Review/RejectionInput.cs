using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>Why a coordinator rejects a pairing; the reason becomes a labelled example for the matcher.</summary>
public sealed record RejectionInput(string? Reason, int? ExpectedVersion = null)
{
    public FieldErrors Validate() => new FieldErrors().RequireText("reason", Reason, PairingLimits.Reason);
}

/// <summary>The optional body of a confirmation.</summary>
public sealed record ConfirmationInput(int? ExpectedVersion, string? Notes)
{
    public FieldErrors Validate() => new FieldErrors().LimitText("notes", Notes, PairingLimits.Notes);
}
