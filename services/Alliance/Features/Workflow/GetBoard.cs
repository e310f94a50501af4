using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Features.Review;
using Huli.Matchmaking.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Workflow;

/// <summary>The pipeline board: a column per state, with its count and its first pairings (flagged first, then
/// best-ranked).</summary>
public sealed record GetBoard : IQuery<Board>;

public sealed record Board(IReadOnlyList<BoardColumn> Columns);

public sealed record BoardColumn(PairingStatus State, int Count, IReadOnlyList<PairingSummary> Pairings);

internal sealed class GetBoardHandler(AllianceDbContext db) : IQueryHandler<GetBoard, Board>
{
    public const int PerColumn = 50;

    public async ValueTask<Board> Handle(GetBoard query, CancellationToken cancellationToken)
    {
        var counts = await db.Pairings.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var columns = new List<BoardColumn>();
        foreach (var state in Enum.GetValues<PairingStatus>())
        {
            var first = await db.Pairings.AsNoTracking()
                .Where(p => p.Status == state)
                .OrderBy(p => p.FlaggedAt == null)
                .ThenBy(p => p.Rank == null)
                .ThenBy(p => p.Rank)
                .ThenBy(p => p.Id)
                .Take(PerColumn)
                .ToListAsync(cancellationToken);
            columns.Add(new BoardColumn(state, counts.GetValueOrDefault(state), [.. first.Select(PairingSummary.From)]));
        }

        return new Board(columns);
    }
}
