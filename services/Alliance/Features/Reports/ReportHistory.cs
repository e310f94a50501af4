using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Alliance.Features.Reports;

/// <summary>The recorded steps with the pairings they belong to: what every report is computed from. Read
/// whole and worked on in memory, as SQLite can neither compare nor order DateTimeOffsets; a district's
/// history is thousands of steps, not millions.</summary>
internal static class ReportHistory
{
    public static async Task<List<(PairingStep Step, Pairing Pairing)>> StepsAsync(AllianceDbContext db, CancellationToken cancellationToken)
    {
        var steps = await db.Steps.AsNoTracking().ToListAsync(cancellationToken);
        var ids = steps.Select(s => s.PairingId).Distinct().ToList();
        var pairings = await db.Pairings.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. steps.Where(s => pairings.ContainsKey(s.PairingId)).OrderBy(s => s.Id).Select(s => (s, pairings[s.PairingId]))];
    }
}
