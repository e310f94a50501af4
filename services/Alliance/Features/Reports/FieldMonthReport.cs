using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Contracts;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Reports;

/// <summary>Pairings confirmed and contracts signed, by the need's industry field and by month (China Standard
/// Time), from the recorded steps. A need in two fields counts in both; one without a field under
/// <see cref="Unclassified"/>. <paramref name="From"/> and <paramref name="To"/> are months, inclusive.</summary>
public sealed record GetFieldMonths(string? From, string? To) : IQuery<FieldMonthReport>;

public sealed record FieldMonthReport(IReadOnlyList<FieldMonthRow> Rows) : IReportTable
{
    public const string Unclassified = "unclassified";

    public static string FileName => "by-field-month.csv";

    public IReadOnlyList<string> Headings => ["month", "field", "pairings", "contracts"];

    IEnumerable<IReadOnlyList<object?>> IReportTable.Rows => Rows.Select(r => (IReadOnlyList<object?>)[r.Month, r.Field, r.Pairings, r.Contracts]);
}

public sealed record FieldMonthRow(string Month, string Field, int Pairings, int Contracts);

internal sealed class GetFieldMonthsHandler(AllianceDbContext db) : IQueryHandler<GetFieldMonths, FieldMonthReport>
{
    public async ValueTask<FieldMonthReport> Handle(GetFieldMonths query, CancellationToken cancellationToken)
    {
        var counted = (await ReportHistory.StepsAsync(db, cancellationToken))
            .Where(x => x.Step.To is PairingStatus.Confirmed or PairingStatus.ContractSigned)
            .Select(x => (x.Step.To, Month: ReportCsv.Month(x.Step.At), Fields: x.Pairing.NeedFields.Count > 0 ? x.Pairing.NeedFields : [FieldMonthReport.Unclassified]))
            .Where(x => (query.From is null || string.CompareOrdinal(x.Month, query.From) >= 0) && (query.To is null || string.CompareOrdinal(x.Month, query.To) <= 0))
            .SelectMany(x => x.Fields.Select(field => (x.To, x.Month, Field: field)))
            .GroupBy(x => (x.Month, x.Field))
            .OrderBy(g => g.Key.Month, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Field, StringComparer.Ordinal)
            .Select(g => new FieldMonthRow(g.Key.Month, g.Key.Field, g.Count(x => x.To == PairingStatus.Confirmed), g.Count(x => x.To == PairingStatus.ContractSigned)));
        return new FieldMonthReport([.. counted]);
    }
}
