using MatcherMediator = Huli.Matchmaking.Matcher.Mediation.Mediator;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Matcher.Features;

public static class MatcherEndpoints
{
    public static IEndpointRouteBuilder MapMatcherEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var matcher = endpoints.MapGroup("/api/matcher").WithTags("Matcher");

        // Coordinators only: a ranking names the need, and a sealed need's title is not for everyone.
        matcher.MapGet("/needs/{needId:guid}/ranking", async (Guid needId, MatcherMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new GetNeedRanking(needId), ct)).ToResult(r => TypedResults.Ok(r)))
            .RequireAuthorization(Policies.Coordinator);

        return endpoints;
    }
}
