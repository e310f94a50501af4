using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Browsing;

public sealed record GetResult(Guid Id) : IQuery<Outcome<ResultDetails>>;

internal sealed class GetResultHandler(ResultsDbContext db) : IQueryHandler<GetResult, Outcome<ResultDetails>>
{
    public async ValueTask<Outcome<ResultDetails>> Handle(GetResult query, CancellationToken cancellationToken)
    {
        var result = await db.Results.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken);
        return result is null ? Outcome<ResultDetails>.NotFound() : Outcome<ResultDetails>.Ok(ResultDetails.From(result));
    }
}
