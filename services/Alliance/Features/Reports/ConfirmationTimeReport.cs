using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Reports;

/// <summary>For each need with a confirmed pairing, the days from the need's first publication to its first
/// confirmation; with the median and the 90th percentile (nearest rank). A need whose publication the Alliance
/// never heard of counts from its first proposed pairing.</summary>
public sealed record GetConfirmationTimes : IQuery<ConfirmationTimeReport>;

public sealed record ConfirmationTimeReport(int Needs, double? MedianDays, double? P90Days, IReadOnlyList<ConfirmationTimeRow> Rows) : IReportTable
{
    public static string FileName => "time-to-confirmation.csv";

    public IReadOnlyList<string> Headings => ["needId", "needTitle", "days"];

    IEnumerable<IReadOnlyList<object?>> IReportTable.Rows => Rows.Select(r => (IReadOnlyList<object?>)[r.NeedId, r.NeedTitle, r.Days]);
}

public sealed record ConfirmationTimeRow(Guid NeedId, string NeedTitle, double Days);

internal sealed class GetConfirmationTimesHandler(AllianceDbContext db) : IQueryHandler<GetConfirmationTimes, ConfirmationTimeReport>
{
    public async ValueTask<ConfirmationTimeReport> Handle(GetConfirmationTimes query, CancellationToken cancellationToken)
    {
        var firstConfirmed = (await ReportHistory.StepsAsync(db, cancellationToken))
            .Where(x => x.Step.To == PairingStatus.Confirmed)
            .GroupBy(x => x.Pairing.NeedId)
            .ToDictionary(g => g.Key, g => (At: g.Min(x => x.Step.At), g.First().Pairing.NeedTitle));
        var needIds = firstConfirmed.Keys.ToList();
        var published = await db.Needs.AsNoTracking().Where(n => needIds.Contains(n.NeedId))
            .ToDictionaryAsync(n => n.NeedId, n => (n.FirstPublishedAt, n.Title), cancellationToken);
        var proposed = (await db.Pairings.AsNoTracking().Where(p => needIds.Contains(p.NeedId)).Select(p => new { p.NeedId, p.ProposedAt }).ToListAsync(cancellationToken))
            .GroupBy(p => p.NeedId)
            .ToDictionary(g => g.Key, g => g.Min(p => p.ProposedAt));

        var rows = firstConfirmed
            .Select(x =>
            {
                var start = published.TryGetValue(x.Key, out var need) ? need.FirstPublishedAt : proposed[x.Key];
                var title = need.Title ?? x.Value.NeedTitle;
                return new ConfirmationTimeRow(x.Key, title, Math.Round((x.Value.At - start).TotalDays, 2));
            })
            .OrderBy(r => r.Days)
            .ThenBy(r => r.NeedId)
            .ToList();
        return new ConfirmationTimeReport(rows.Count, Median(rows), NearestRank(rows, 0.9), rows);
    }

    private static double? Median(List<ConfirmationTimeRow> sorted) => sorted.Count == 0
        ? null
        : sorted.Count % 2 == 1
            ? sorted[sorted.Count / 2].Days
            : Math.Round((sorted[(sorted.Count / 2) - 1].Days + sorted[sorted.Count / 2].Days) / 2, 2);

    private static double? NearestRank(List<ConfirmationTimeRow> sorted, double percentile) =>
        sorted.Count == 0 ? null : sorted[(int)Math.Ceiling(percentile * sorted.Count) - 1].Days;
}
