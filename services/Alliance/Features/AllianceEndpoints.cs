using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members;
using Huli.Matchmaking.Alliance.Features.Review;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;

namespace Huli.Matchmaking.Alliance.Features;

public static class AllianceEndpoints
{
    public static IEndpointRouteBuilder MapAllianceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Pairings are the coordinators' work queue: every endpoint here is theirs alone.
        var pairings = endpoints.MapGroup("/api/alliance/pairings").WithTags("Alliance").RequireAuthorization(Policies.Coordinator);

        pairings.MapGet("/", async (Guid? needId, [FromQuery(Name = "status")] string? statusText, int? page, int? pageSize, AllianceMediator mediator, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var status = errors.Choice<PairingStatus>("status", statusText);
            if (page is < 1)
            {
                errors.Add("page", "A page number starts at 1.");
            }

            if (pageSize is < 1 or > SearchParameters.MaxPageSize)
            {
                errors.Add("pageSize", $"A page holds 1 to {SearchParameters.MaxPageSize} pairings.");
            }

            if (errors.Any)
            {
                return errors.Invalid();
            }

            var found = await mediator.Send(new ListPairings(needId, status, page ?? 1, pageSize ?? SearchParameters.DefaultPageSize), ct);
            return TypedResults.Ok(found);
        });

        pairings.MapGet("/{id:guid}", async (Guid id, AllianceMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new GetPairing(id), ct)).ToResult(p => TypedResults.Ok(p)));

        pairings.MapPost("/{id:guid}/confirm", async (Guid id, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
            (await mediator.Send(new DecidePairing(id, Confirm: true, Reason: null, Caller.From(http.User)), ct))
                .ToResult(p => TypedResults.Ok(p)));

        pairings.MapPost("/{id:guid}/reject", async (Guid id, RejectionInput input, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var errors = input.Validate();
            if (errors.Any)
            {
                return errors.Invalid();
            }

            return (await mediator.Send(new DecidePairing(id, Confirm: false, input.Reason, Caller.From(http.User)), ct))
                .ToResult(p => TypedResults.Ok(p));
        });

        endpoints.MapMemberEndpoints();
        return endpoints;
    }
}
