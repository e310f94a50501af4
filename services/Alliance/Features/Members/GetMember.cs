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
        if (member is null)
        {
            return Outcome<MemberDetails>.NotFound();
        }

        // Ids grow with time, and SQLite cannot order by a DateTimeOffset.
        var history = await db.MemberStatusChanges.AsNoTracking()
            .Where(c => c.MemberId == query.Id)
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return Outcome<MemberDetails>.Ok(MemberDetails.From(member, broker) with { StatusHistory = [.. history.Select(MemberStatusChangeView.From)] });
    }
}
