using Huli.Matchmaking.Alliance.Features.Inbox;
using Huli.Matchmaking.Alliance.Features.Matches;
using Huli.Matchmaking.Alliance.Features.Reports;
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
        endpoints.MapInboxEndpoints();
        endpoints.MapReportsEndpoints();
        return endpoints;
    }
}
