using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Review;

public sealed record GetPairing(Guid Id) : IQuery<Outcome<PairingDetails>>;

internal sealed class GetPairingHandler(AllianceDbContext db) : IQueryHandler<GetPairing, Outcome<PairingDetails>>
{
    public async ValueTask<Outcome<PairingDetails>> Handle(GetPairing query, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        return pairing is null
            ? Outcome<PairingDetails>.NotFound()
            : Outcome<PairingDetails>.Ok(await PairingDetails.LoadAsync(db, pairing, cancellationToken));
    }
}
