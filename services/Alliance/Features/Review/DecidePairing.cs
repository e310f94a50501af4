using Huli.Matchmaking.Alliance.Features.Workflow;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Review;

/// <summary>A coordinator confirms a proposed pairing, or rejects it with a reason: the first step of the
/// workflow, with the review queue's own endpoints. Deciding a decided pairing is refused, and of two
/// coordinators deciding at once, one is told they lost.</summary>
public sealed record DecidePairing(Guid Id, bool Confirm, string? Reason, Caller Caller, int? ExpectedVersion = null, string? Notes = null)
    : ICommand<Outcome<PairingDetails>>;

internal sealed class DecidePairingHandler(PairingMover mover) : ICommandHandler<DecidePairing, Outcome<PairingDetails>>
{
    public async ValueTask<Outcome<PairingDetails>> Handle(DecidePairing command, CancellationToken cancellationToken)
    {
        var to = command.Confirm ? PairingStatus.Confirmed : PairingStatus.Rejected;
        var move = new PairingMove(to, command.ExpectedVersion, command.Notes, Contract: null, command.Reason);
        return await mover.MoveAsync(command.Id, move, command.Caller, cancellationToken);
    }
}
