using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Reports;

/// <summary>The funnel from pairing to contract: for each stage of the pipeline, how many pairings reached at
/// least that stage. Every pairing was proposed; the later stages are read from the recorded steps, and a
/// pairing closed on the way counts for every stage it had reached.</summary>
public sealed record GetFunnel : IQuery<FunnelReport>;

public sealed record FunnelReport(IReadOnlyList<FunnelStage> Stages) : IReportTable
{
    public static string FileName => "funnel.csv";

    public IReadOnlyList<string> Headings => ["state", "count"];

    public IEnumerable<IReadOnlyList<object?>> Rows => Stages.Select(s => (IReadOnlyList<object?>)[StatusNames.Api(s.State), s.Count]);
}

public sealed record FunnelStage(PairingStatus State, int Count);

internal sealed class GetFunnelHandler(AllianceDbContext db) : IQueryHandler<GetFunnel, FunnelReport>
{
    public async ValueTask<FunnelReport> Handle(GetFunnel query, CancellationToken cancellationToken)
    {
        var pipeline = PairingWorkflow.Pipeline;
        var stageOf = pipeline.Select((state, i) => (state, i)).ToDictionary(x => x.state, x => x.i);
        var proposed = await db.Pairings.CountAsync(cancellationToken);
        var reached = (await db.Steps.AsNoTracking().Select(s => new { s.PairingId, s.To }).ToListAsync(cancellationToken))
            .Where(s => stageOf.ContainsKey(s.To))
            .GroupBy(s => s.PairingId)
            .Select(g => g.Max(s => stageOf[s.To]))
            .ToList();
        var stages = pipeline.Select((state, i) => new FunnelStage(state, i == 0 ? proposed : reached.Count(r => r >= i)));
        return new FunnelReport([.. stages]);
    }
}
