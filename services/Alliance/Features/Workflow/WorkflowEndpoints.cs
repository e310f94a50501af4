using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

public static class WorkflowEndpoints
{
    /// <summary>Moving pairings on and the board they move across: the coordinators' alone.</summary>
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var alliance = endpoints.MapGroup("/api/alliance").WithTags("Alliance").RequireAuthorization(Policies.Coordinator);

        alliance.MapPost("/pairings/{id:guid}/steps", async (Guid id, PairingMove move, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var errors = move.Validate(versionRequired: true);
            if (errors.Any)
            {
                return errors.Invalid();
            }

            return (await mediator.Send(new MovePairing(id, move, Caller.From(http.User)), ct)).ToStepResult();
        });

        alliance.MapGet("/board", async (AllianceMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetBoard(), ct)));

        return endpoints;
    }
}
