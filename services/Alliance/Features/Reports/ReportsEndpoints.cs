using System.Globalization;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Features.Reports;

public static class ReportsEndpoints
{
    /// <summary>The district's reports, for coordinators: JSON for the console's charts, or CSV with
    /// <c>?format=csv</c>.</summary>
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/alliance/reports").WithTags("Alliance").RequireAuthorization(Policies.Coordinator);

        reports.MapGet("/funnel", async (string? format, AllianceMediator mediator, CancellationToken ct) =>
            await RespondAsync(format, () => mediator.Send(new GetFunnel(), ct).AsTask()));

        reports.MapGet("/by-field-month", async (string? format, string? from, string? to, AllianceMediator mediator, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            Month(errors, "from", from);
            Month(errors, "to", to);
            return errors.Any ? errors.Invalid() : await RespondAsync(format, () => mediator.Send(new GetFieldMonths(from, to), ct).AsTask());
        });

        reports.MapGet("/time-to-confirmation", async (string? format, AllianceMediator mediator, CancellationToken ct) =>
            await RespondAsync(format, () => mediator.Send(new GetConfirmationTimes(), ct).AsTask()));

        reports.MapGet("/contracts", async (string? format, AllianceMediator mediator, CancellationToken ct) =>
            await RespondAsync(format, () => mediator.Send(new GetContracts(), ct).AsTask()));

        return endpoints;
    }

    private static async Task<IResult> RespondAsync<TReport>(string? format, Func<Task<TReport>> report)
        where TReport : IReportTable
    {
        if (format is not (null or "json" or "csv"))
        {
            return new FieldErrors().Add("format", new LocalText("请使用 json（默认）或 csv。", "Use json (the default) or csv.")).Invalid();
        }

        var made = await report();
        return format == "csv"
            ? TypedResults.File(ReportCsv.Write(made), "text/csv; charset=utf-8", TReport.FileName)
            : TypedResults.Ok(made);
    }

    private static void Month(FieldErrors errors, string field, string? value)
    {
        if (value is not null && !DateTime.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(field, new LocalText("月份格式为 yyyy-MM，例如 2026-11。", "A month as yyyy-MM, e.g. 2026-11."));
        }
    }
}
