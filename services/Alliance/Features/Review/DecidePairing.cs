using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>A coordinator confirms a proposed pairing, or rejects it with a reason. A decision is final here:
/// deciding a decided pairing is refused, and of two coordinators deciding at once, one is told they lost.</summary>
public sealed record DecidePairing(Guid Id, bool Confirm, string? Reason, Caller Caller) : ICommand<Outcome<PairingDetails>>;

internal sealed class DecidePairingHandler(AllianceDbContext db, OutboxSignal<AllianceDbContext> outbox, TimeProvider clock)
    : ICommandHandler<DecidePairing, Outcome<PairingDetails>>
{
    public async ValueTask<Outcome<PairingDetails>> Handle(DecidePairing command, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.FindAsync([command.Id], cancellationToken);
        if (pairing is null)
        {
            return Outcome<PairingDetails>.NotFound();
        }

        if (pairing.Status != PairingStatus.Proposed)
        {
            return Outcome<PairingDetails>.Conflict(
                $"This pairing was already {pairing.Status.ToString().ToLowerInvariant()} by {pairing.DecidedBy}; only a proposed pairing can be confirmed or rejected.");
        }

        var now = clock.GetUtcNow();
        pairing.Status = command.Confirm ? PairingStatus.Confirmed : PairingStatus.Rejected;
        pairing.DecidedBy = command.Caller.User;
        pairing.DecidedAt = now;
        pairing.RejectionReason = command.Confirm ? null : command.Reason!.Trim();
        pairing.Version++;
        if (command.Confirm)
        {
            db.Enqueue(new PairingConfirmed(pairing.Id, pairing.NeedId, pairing.ResultId, command.Caller.User, now), clock);
        }
        else
        {
            db.Enqueue(new PairingRejected(pairing.Id, pairing.NeedId, pairing.ResultId, pairing.RejectionReason!, command.Caller.User, now), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        outbox.Notify();
        return Outcome<PairingDetails>.Ok(PairingDetails.From(pairing));
    }
}
