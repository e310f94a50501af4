using Huli.Matchmaking.Alliance.Features.Matches;
using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Alliance.Features.Workflow;

namespace Huli.Matchmaking.Alliance.Features;

public static class AllianceEndpoints
{
    public static IEndpointRouteBuilder MapAllianceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReviewEndpoints();
        endpoints.MapWorkflowEndpoints();
        endpoints.MapMatchesEndpoints();
        return endpoints;
    }
}
