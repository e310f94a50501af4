using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Mediator;

namespace Huli.Matchmaking.Alliance.Features.Reports;

/// <summary>The technology contracts signed, from the contract-signed steps: their number, the total amount in
/// 万元, by type, and one row each.</summary>
public sealed record GetContracts : IQuery<ContractReport>;

public sealed record ContractReport(int Count, decimal TotalAmount, IReadOnlyList<ContractTypeTotal> ByType, IReadOnlyList<ContractRow> Rows) : IReportTable
{
    public static string FileName => "contracts.csv";

    public IReadOnlyList<string> Headings => ["pairingId", "signedAt", "signedBy", "needTitle", "enterprise", "resultTitle", "institute", "type", "amount"];

    IEnumerable<IReadOnlyList<object?>> IReportTable.Rows => Rows.Select(r => (IReadOnlyList<object?>)
        [r.PairingId, r.SignedAt, r.SignedBy, r.NeedTitle, r.Enterprise, r.ResultTitle, r.Institute, StatusNames.Api(r.Type), r.Amount]);
}

public sealed record ContractTypeTotal(CooperationMode Type, int Count, decimal Amount);

public sealed record ContractRow(
    Guid PairingId, DateTimeOffset SignedAt, string SignedBy, string NeedTitle, string Enterprise, string ResultTitle, string Institute, CooperationMode Type, decimal Amount);

internal sealed class GetContractsHandler(AllianceDbContext db) : IQueryHandler<GetContracts, ContractReport>
{
    public async ValueTask<ContractReport> Handle(GetContracts query, CancellationToken cancellationToken)
    {
        var rows = (await ReportHistory.StepsAsync(db, cancellationToken))
            .Where(x => x.Step is { To: PairingStatus.ContractSigned, ContractAmount: not null, ContractType: not null })
            .Select(x => new ContractRow(
                x.Pairing.Id, x.Step.At, x.Step.By, x.Pairing.NeedTitle, x.Pairing.Enterprise, x.Pairing.ResultTitle, x.Pairing.Institute,
                x.Step.ContractType!.Value, x.Step.ContractAmount!.Value))
            .ToList();
        var byType = rows.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => new ContractTypeTotal(g.Key, g.Count(), g.Sum(r => r.Amount)));
        return new ContractReport(rows.Count, rows.Sum(r => r.Amount), [.. byType], rows);
    }
}
