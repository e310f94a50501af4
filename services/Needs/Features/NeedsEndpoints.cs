using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Needs.Features.Browsing;
using Huli.Matchmaking.Needs.Features.Importing;
using Huli.Matchmaking.Needs.Features.Posting;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using NeedsMediator = Huli.Matchmaking.Needs.Mediation.Mediator;

namespace Huli.Matchmaking.Needs.Features;

public static class NeedsEndpoints
{
    public static IEndpointRouteBuilder MapNeedsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var needs = endpoints.MapGroup("/api/needs").WithTags("Needs");

        needs.MapPost("/", async (NeedInput input, NeedsMediator mediator, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = input.Validate(caller, NeedDeadline.Today(clock));
            if (errors.Any)
            {
                return errors.Invalid();
            }

            var outcome = await mediator.Send(new PostNeed(input, caller), ct);
            return outcome.ToResult(n => n.Created
                ? TypedResults.Created($"/api/needs/{n.Need.Id}", n.Need)
                : TypedResults.Ok(n.Need));
        }).RequireAuthorization(Policies.EnterpriseOrCoordinator);

        needs.MapPost("/import", async (IFormFile? file, NeedsMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
            {
                return new FieldErrors().Add("file", Import.RecordFileFormats.UploadMissing).Invalid();
            }

            await using var stream = file.OpenReadStream();
            var outcome = await mediator.Send(new ImportNeeds(stream, file.FileName, Caller.From(http.User)), ct);
            return outcome.ToResult(report => TypedResults.Ok(report));
        }).RequireAuthorization(Policies.EnterpriseOrCoordinator).DisableAntiforgery();

        needs.MapPut("/{id:guid}", async (Guid id, NeedInput input, NeedsMediator mediator, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = input.Validate(caller, NeedDeadline.Today(clock));
            if (errors.Any)
            {
                return errors.Invalid();
            }

            return (await mediator.Send(new UpdateNeed(id, input, caller), ct)).ToResult(n => TypedResults.Ok(n));
        }).RequireAuthorization(Policies.EnterpriseOrCoordinator);

        needs.MapPost("/{id:guid}/close", async (Guid id, NeedsMediator mediator, HttpContext http, CancellationToken ct) =>
            (await mediator.Send(new CloseNeed(id, Caller.From(http.User)), ct)).ToResult(n => TypedResults.Ok(n)))
            .RequireAuthorization(Policies.EnterpriseOrCoordinator);

        needs.MapGet("/{id:guid}", async (Guid id, NeedsMediator mediator, HttpContext http, CancellationToken ct) =>
            (await mediator.Send(new GetNeed(id, Caller.From(http.User)), ct)).ToResult(n => TypedResults.Ok(n)))
            .RequireAuthorization(Policies.SignedIn);

        needs.MapGet("/", async (
            [FromQuery(Name = "q")] string? text,
            string? field,
            [FromQuery(Name = "mode")] string? modeText,
            string? region,
            [FromQuery(Name = "status")] string? statusText,
            [FromQuery(Name = "sort")] string? sortText,
            int? page,
            int? pageSize,
            bool? mine,
            NeedsMediator mediator,
            HttpContext http,
            CancellationToken ct) =>
        {
            var errors = SearchParameters.Validate(text, field, page, pageSize);
            var mode = errors.Choice<CooperationMode>("mode", modeText);
            var status = errors.Choice<NeedStatus>("status", statusText);
            var sort = errors.Choice<SearchSort>("sort", sortText);
            if (errors.Any)
            {
                return errors.Invalid();
            }

            var found = await mediator.Send(new SearchNeeds(
                text, field, mode, region, status, sort ?? SearchSort.Relevance, page ?? 1, pageSize ?? SearchParameters.DefaultPageSize,
                Caller.From(http.User), mine ?? false), ct);
            return TypedResults.Ok(found);
        }).RequireAuthorization(Policies.SignedIn);

        return endpoints;
    }
}
