using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Needs.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Features.Browsing;

public sealed record GetNeed(Guid Id, Caller Caller) : IQuery<Outcome<NeedDetails>>;

internal sealed class GetNeedHandler(NeedsDbContext db) : IQueryHandler<GetNeed, Outcome<NeedDetails>>
{
    public async ValueTask<Outcome<NeedDetails>> Handle(GetNeed query, CancellationToken cancellationToken)
    {
        var need = await db.Needs.AsNoTracking().SingleOrDefaultAsync(n => n.Id == query.Id, cancellationToken);

        // A sealed need answers 404 to those who may not see it, so its existence does not leak either.
        return need is null || !query.Caller.MaySee(need)
            ? Outcome<NeedDetails>.NotFound()
            : Outcome<NeedDetails>.Ok(NeedDetails.For(need, query.Caller));
    }
}
