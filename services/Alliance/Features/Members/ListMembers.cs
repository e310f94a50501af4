using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>The members, all of them or those of one status (the suspended ones, say).</summary>
public sealed record ListMembers(MemberStatus? Status = null) : IQuery<MemberList>;

public sealed record MemberList(IReadOnlyList<MemberDetails> Members);

internal sealed class ListMembersHandler(AllianceDbContext db, MemberBrokerNames broker) : IQueryHandler<ListMembers, MemberList>
{
    public async ValueTask<MemberList> Handle(ListMembers query, CancellationToken cancellationToken)
    {
        // An alliance has tens of members, not thousands: one page.
        var members = db.Members.AsNoTracking();
        if (query.Status is { } status)
        {
            members = members.Where(m => m.Status == status);
        }

        var page = await members.OrderBy(m => m.Name).ThenBy(m => m.Code).ToListAsync(cancellationToken);
        return new MemberList([.. page.Select(m => MemberDetails.From(m, broker))]);
    }
}
