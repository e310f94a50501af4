using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Features.Matches;

public static class MatchesEndpoints
{
    /// <summary>The matches as enterprises and institutes see them, each as far as confidentiality allows.</summary>
    public static IEndpointRouteBuilder MapMatchesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var alliance = endpoints.MapGroup("/api/alliance").WithTags("Alliance");

        alliance.MapGet("/needs/{needId:guid}/matches", async (Guid needId, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
            (await mediator.Send(new GetNeedMatches(needId, Caller.From(http.User)), ct)).ToResult(m => TypedResults.Ok(m)))
            .RequireAuthorization(Policies.EnterpriseOrCoordinator);

        // An institute sees its own matches; a coordinator names the institute to look at.
        alliance.MapGet("/institute/matches", async (string? institute, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = new FieldErrors();
            if (caller.IsCoordinator)
            {
                errors.RequireText("institute", institute, 200);
            }

            if (errors.Any)
            {
                return errors.Invalid();
            }

            var whose = caller.IsCoordinator ? institute!.Trim() : caller.Organisation;
            return TypedResults.Ok(await mediator.Send(new GetInstituteMatches(whose), ct));
        }).RequireAuthorization(Policies.InstituteOrCoordinator);

        return endpoints;
    }
}
