using Huli.Matchmaking.Alliance.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Members;

public sealed record ListMembers : IQuery<MemberList>;

public sealed record MemberList(IReadOnlyList<MemberDetails> Members);

internal sealed class ListMembersHandler(AllianceDbContext db, MemberBrokerNames broker) : IQueryHandler<ListMembers, MemberList>
{
    public async ValueTask<MemberList> Handle(ListMembers query, CancellationToken cancellationToken)
    {
        // An alliance has tens of members, not thousands: one page.
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Name).ThenBy(m => m.Code).ToListAsync(cancellationToken);
        return new MemberList([.. members.Select(m => MemberDetails.From(m, broker))]);
    }
}
