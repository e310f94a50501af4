using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Results.Features.Feeds;

public static class FeedEndpoints
{
    /// <summary><c>GET /api/results/feeds</c>: each feed's cursor, last success and error, counts and circuit
    /// state, for the alliance's coordinators.</summary>
    public static IEndpointRouteBuilder MapResultFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/results/feeds", (FeedStatusBoard board) =>
                TypedResults.Ok(board.All.Select(s => s.View()).ToList()))
            .WithTags("Results")
            .RequireAuthorization(Policies.Coordinator);
        return endpoints;
    }
}
