using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Inbox;

/// <summary>The enterprise that owns a pairing's need asks the alliance office to put it in touch: an entry in
/// the coordinators' inbox and a <see cref="ContactRequested"/> event. Anyone else is told there is no such
/// pairing.</summary>
public sealed record RequestContact(Guid PairingId, string? Notes, Caller Caller) : ICommand<Outcome<bool>>;

public sealed record ContactRequestInput(string? Notes)
{
    public FieldErrors Validate() => new FieldErrors().LimitText("notes", Notes, PairingLimits.Notes);
}

internal sealed class RequestContactHandler(AllianceDbContext db, OutboxSignal<AllianceDbContext> outbox, TimeProvider clock)
    : ICommandHandler<RequestContact, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(RequestContact command, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.FindAsync([command.PairingId], cancellationToken);
        if (pairing is null || command.Caller.Role != Roles.Enterprise || pairing.Enterprise != command.Caller.Organisation)
        {
            return Outcome<bool>.NotFound();
        }

        var now = clock.GetUtcNow();
        var notes = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim();
        db.Inbox.Add(PairingNotices.ContactRequested(pairing, command.Caller.User, notes, now));
        db.Enqueue(new ContactRequested(pairing.Id, pairing.NeedId, pairing.ResultId, pairing.Enterprise, command.Caller.User, notes, now), clock);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Notify();
        return Outcome<bool>.Ok(true);
    }
}
