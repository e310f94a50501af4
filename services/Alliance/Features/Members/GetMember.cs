using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Members;

public sealed record GetMember(Guid Id) : IQuery<Outcome<MemberDetails>>;

internal sealed class GetMemberHandler(AllianceDbContext db, MemberBrokerNames broker) : IQueryHandler<GetMember, Outcome<MemberDetails>>
{
    public async ValueTask<Outcome<MemberDetails>> Handle(GetMember query, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == query.Id, cancellationToken);
        return member is null ? Outcome<MemberDetails>.NotFound() : Outcome<MemberDetails>.Ok(MemberDetails.From(member, broker));
    }
}
