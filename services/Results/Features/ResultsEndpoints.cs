using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Features.Browsing;
using Huli.Matchmaking.Results.Features.Importing;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using ResultsMediator = Huli.Matchmaking.Results.Mediation.Mediator;

namespace Huli.Matchmaking.Results.Features;

public static class ResultsEndpoints
{
    public static IEndpointRouteBuilder MapResultsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var results = endpoints.MapGroup("/api/results").WithTags("Results");

        results.MapPost("/", async (ResultInput input, ResultsMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = input.Validate(caller);
            if (errors.Any)
            {
                return errors.Invalid();
            }

            var outcome = await mediator.Send(new CreateResult(input, caller), ct);
            return outcome.ToResult(r => r.Created
                ? TypedResults.Created($"/api/results/{r.Result.Id}", r.Result)
                : TypedResults.Ok(r.Result));
        }).RequireAuthorization(Policies.InstituteOrCoordinator);

        // One file of results: the answer reports every row it rejected, with the field and why.
        results.MapPost("/import", async (IFormFile? file, ResultsMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
            {
                return new FieldErrors().Add("file", Import.RecordFileFormats.UploadMissing).Invalid();
            }

            await using var stream = file.OpenReadStream();
            var outcome = await mediator.Send(new ImportResults(stream, file.FileName, Caller.From(http.User)), ct);
            return outcome.ToResult(report => TypedResults.Ok(report));
        }).RequireAuthorization(Policies.InstituteOrCoordinator).DisableAntiforgery();

        results.MapPut("/{id:guid}", async (Guid id, ResultInput input, ResultsMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = input.Validate(caller);
            if (errors.Any)
            {
                return errors.Invalid();
            }

            var outcome = await mediator.Send(new UpdateResult(id, input, caller), ct);
            return outcome.ToResult(r => TypedResults.Ok(r));
        }).RequireAuthorization(Policies.InstituteOrCoordinator);

        results.MapDelete("/{id:guid}", async (Guid id, ResultsMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var outcome = await mediator.Send(new WithdrawResult(id, Caller.From(http.User)), ct);
            return outcome.ToResult(r => TypedResults.Ok(r));
        }).RequireAuthorization(Policies.InstituteOrCoordinator);

        results.MapGet("/{id:guid}", async (Guid id, ResultsMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new GetResult(id), ct)).ToResult(r => TypedResults.Ok(r)))
            .RequireAuthorization(Policies.SignedIn);

        results.MapGet("/", async (
            [FromQuery(Name = "q")] string? text,
            string? field,
            int? trlMin,
            int? trlMax,
            [FromQuery(Name = "mode")] string? modeText,
            string? region,
            [FromQuery(Name = "sort")] string? sortText,
            int? page,
            int? pageSize,
            bool? mine,
            ResultsMediator mediator,
            HttpContext http,
            CancellationToken ct) =>
        {
            var errors = SearchParameters.Validate(text, field, page, pageSize, trlMin, trlMax);
            var mode = errors.Choice<CooperationMode>("mode", modeText);
            var sort = errors.Choice<SearchSort>("sort", sortText);
            if (errors.Any)
            {
                return errors.Invalid();
            }

            var found = await mediator.Send(new SearchResults(
                text, field, trlMin, trlMax, mode, region, sort ?? SearchSort.Relevance, page ?? 1, pageSize ?? SearchParameters.DefaultPageSize,
                mine == true ? Caller.From(http.User).Organisation : null), ct);
            return TypedResults.Ok(found);
        }).RequireAuthorization(Policies.SignedIn);

        return endpoints;
    }
}
