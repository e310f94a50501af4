using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Inbox;

/// <summary>Marks an entry of the caller's inbox read; another organisation's entry is not found.</summary>
public sealed record MarkInboxRead(Guid Id, Caller Caller) : ICommand<Outcome<bool>>;

internal sealed class MarkInboxReadHandler(AllianceDbContext db) : ICommandHandler<MarkInboxRead, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(MarkInboxRead command, CancellationToken cancellationToken)
    {
        var entry = await db.Inbox.FindAsync([command.Id], cancellationToken);
        if (entry is null || entry.Recipient != InboxRecipient.Of(command.Caller))
        {
            return Outcome<bool>.NotFound();
        }

        entry.Read = true;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<bool>.Ok(true);
    }
}
