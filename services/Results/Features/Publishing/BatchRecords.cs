using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>The records a batch touches, by institute and every external id they carry: those on file, fetched
/// for the whole batch at once, and those staged so far, so the same id twice in one file is one record.</summary>
internal sealed class BatchRecords
{
    private readonly Dictionary<(string Institute, string ExternalId), ResearchResult> byId = [];
    private readonly HashSet<(string Institute, string ExternalId)> loaded = [];

    public ResearchResult? Find(string institute, string externalId) => byId.GetValueOrDefault((institute, externalId));

    /// <summary>True when the id was looked up on file for this batch, so a miss in <see cref="Find"/> means
    /// no such record.</summary>
    public bool Loaded(string institute, string externalId) => loaded.Contains((institute, externalId));

    public void Remember(ResearchResult result)
    {
        foreach (var id in result.AlternateIds.Append(result.ExternalId).OfType<string>())
        {
            byId[(result.Institute, id)] = result;
        }
    }

    /// <summary>Fetches the records on file under the batch's external ids, own or merged in, in two queries for
    /// the whole batch rather than two per row (which made SQL the largest cost of a large import).</summary>
    public async Task LoadAsync(ResultsDbContext db, IEnumerable<(string Institute, string? ExternalId)> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Where(k => k.ExternalId is not null).Select(k => (k.Institute, ExternalId: k.ExternalId!)).ToHashSet();
        if (wanted.Count == 0)
        {
            return;
        }

        var institutes = wanted.Select(k => k.Institute).Distinct().ToList();
        var ids = wanted.Select(k => k.ExternalId).Distinct().ToList();
        var own = await db.Results
            .Where(r => institutes.Contains(r.Institute) && ids.Contains(r.ExternalId!))
            .ToListAsync(cancellationToken);
        var merged = await db.Aliases
            .Where(a => institutes.Contains(a.Institute) && ids.Contains(a.ExternalId))
            .Join(db.Results, a => a.ResultId, r => r.Id, (_, r) => r)
            .ToListAsync(cancellationToken);
        foreach (var result in own.Concat(merged))
        {
            Remember(result);
        }

        loaded.UnionWith(wanted);
    }
}
