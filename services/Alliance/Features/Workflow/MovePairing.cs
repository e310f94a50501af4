using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

/// <summary>A coordinator moves a pairing one step along the workflow.</summary>
public sealed record MovePairing(Guid Id, PairingMove Move, Caller Caller) : ICommand<Outcome<PairingDetails>>;

internal sealed class MovePairingHandler(PairingMover mover) : ICommandHandler<MovePairing, Outcome<PairingDetails>>
{
    public async ValueTask<Outcome<PairingDetails>> Handle(MovePairing command, CancellationToken cancellationToken) =>
        await mover.MoveAsync(command.Id, command.Move, command.Caller, cancellationToken);
}
