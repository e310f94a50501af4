using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Inbox;

/// <summary>The caller's organisation's inbox, newest first; coordinators share the alliance office's.</summary>
public sealed record ReadInbox(Caller Caller, bool UnreadOnly) : IQuery<InboxPage>;

public sealed record InboxPage(IReadOnlyList<InboxView> Entries);

public sealed record InboxView(
    Guid Id, DateTimeOffset At, InboxKind Kind, Guid? PairingId, string TitleZh, string TitleEn, string BodyZh, string BodyEn, bool Read);

internal sealed class ReadInboxHandler(AllianceDbContext db) : IQueryHandler<ReadInbox, InboxPage>
{
    private const int MaxEntries = 200;

    public async ValueTask<InboxPage> Handle(ReadInbox query, CancellationToken cancellationToken)
    {
        var recipient = InboxRecipient.Of(query.Caller);
        var entries = db.Inbox.AsNoTracking().Where(e => e.Recipient == recipient);
        if (query.UnreadOnly)
        {
            entries = entries.Where(e => !e.Read);
        }

        // Ids are version 7, made from the entry's time, so ordering by id is ordering by time; SQLite cannot
        // order by a DateTimeOffset.
        var page = await entries.OrderByDescending(e => e.Id).Take(MaxEntries).ToListAsync(cancellationToken);
        return new InboxPage([.. page.Select(e => new InboxView(e.Id, e.At, e.Kind, e.PairingId, e.TitleZh, e.TitleEn, e.BodyZh, e.BodyEn, e.Read))]);
    }
}

public static class InboxRecipient
{
    public static string Of(Caller caller) => caller.IsCoordinator ? InboxEntry.Coordinators : caller.Organisation;
}
