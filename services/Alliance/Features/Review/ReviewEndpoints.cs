using Huli.Matchmaking.Alliance.Features.Workflow;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.ServiceDefaults.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Features.Review;

public static class ReviewEndpoints
{
    /// <summary>The review queue, the side-by-side view and the first decision: the coordinators' alone.</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var pairings = endpoints.MapGroup("/api/alliance/pairings").WithTags("Alliance").RequireAuthorization(Policies.Coordinator);

        pairings.MapGet("/", async (
            Guid? needId,
            [FromQuery(Name = "status")] string? statusText,
            string? field,
            string? institute,
            string? enterprise,
            bool? flagged,
            int? page,
            int? pageSize,
            AllianceMediator mediator,
            CancellationToken ct) =>
        {
            var errors = new FieldErrors().LimitText("institute", institute, 200).LimitText("enterprise", enterprise, 200)
                .IndustryFieldCode("field", string.IsNullOrWhiteSpace(field) ? null : field.Trim());

            var status = errors.Choice<PairingStatus>("status", statusText);
            if (page is < 1)
            {
                errors.Add("page", new LocalText("页码从 1 开始。", "A page number starts at 1."));
            }

            if (pageSize is < 1 or > SearchParameters.MaxPageSize)
            {
                errors.Add("pageSize", new LocalText(
                    $"每页可含 1 到 {SearchParameters.MaxPageSize} 个配对。",
                    $"A page holds 1 to {SearchParameters.MaxPageSize} pairings."));
            }

            if (errors.Any)
            {
                return errors.Invalid();
            }

            var filter = new PairingFilter(needId, status, Blank(field), Blank(institute), Blank(enterprise), flagged);
            var found = await mediator.Send(new ListPairings(filter, page ?? 1, pageSize ?? SearchParameters.DefaultPageSize), ct);
            return TypedResults.Ok(found);
        });

        pairings.MapGet("/{id:guid}", async (Guid id, AllianceMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new GetPairing(id), ct)).ToStepResult());

        pairings.MapPost("/{id:guid}/confirm", async (Guid id, ConfirmationInput? input, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var errors = input?.Validate();
            if (errors is { Any: true })
            {
                return errors.Invalid();
            }

            var command = new DecidePairing(id, Confirm: true, Reason: null, Caller.From(http.User), input?.ExpectedVersion, input?.Notes);
            return (await mediator.Send(command, ct)).ToStepResult();
        });

        pairings.MapPost("/{id:guid}/reject", async (Guid id, RejectionInput input, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var errors = input.Validate();
            if (errors.Any)
            {
                return errors.Invalid();
            }

            var command = new DecidePairing(id, Confirm: false, input.Reason, Caller.From(http.User), input.ExpectedVersion);
            return (await mediator.Send(command, ct)).ToStepResult();
        });

        return endpoints;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
