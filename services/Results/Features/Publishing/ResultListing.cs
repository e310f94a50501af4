using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Results.Features.Sorting;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Sorting;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>Lists results, whichever channel they came by, after sorting them (keywords, fields, language,
/// fingerprint). A result that names an external id the institute already used updates that record; one that is
/// a near-duplicate of a listed result of the same institute arriving by another channel is merged into it,
/// keeping both sources; re-sending an unchanged record publishes nothing.</summary>
public sealed class ResultListing(
    ResultsDbContext db,
    RecordChanges<ResultsDbContext, ResearchResult> changes,
    ResultFingerprints fingerprints,
    TimeProvider clock)
{
    public async Task<(ResearchResult Result, ListingEffect Effect)> ListAsync(
        ResultInput input, Caller caller, RecordSource source, CancellationToken cancellationToken)
    {
        var staged = await StageAsync(input, caller, source, SortingOf(input), new BatchRecords(), cancellationToken);
        if (staged.Change is { } change)
        {
            changes.Stage(change);
        }

        await CommitAsync([staged], behind: false, cancellationToken);
        return (staged.Result, staged.Effect);
    }

    /// <summary>Sorts a batch, on the calling thread. It touches no state, so a caller can sort the next batch
    /// while the last one is being stored (one core each: spreading one batch over both made listing wait).</summary>
    public static IReadOnlyList<RecordSorting> Sort(IReadOnlyList<(ResultInput Input, Caller Caller)> rows) =>
        rows.Select(row => SortingOf(row.Input)).ToList();

    /// <summary>Lists a sorted batch with one commit, one index write and one event per
    /// <see cref="ResultsPublished.MaxResults"/> changed results: what makes a large file fast. The index write
    /// goes on while the caller prepares its next batch, which must not reuse this one's tracked records
    /// (<see cref="RecordChanges{TContext,TRecord}.CommitStagedBehindAsync"/>); <see cref="FinishIndexingAsync"/>
    /// ends it.</summary>
    public async Task<IReadOnlyList<ListingEffect>> ListManyAsync(
        IReadOnlyList<(ResultInput Input, Caller Caller)> rows,
        IReadOnlyList<RecordSorting> sortings,
        RecordSource source,
        CancellationToken cancellationToken)
    {
        var staged = new List<Staged>(rows.Count);
        var batch = new BatchRecords();
        await batch.LoadAsync(db, rows.Select(row => (row.Input.InstituteFor(row.Caller), row.Input.ExternalId?.Trim())), cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            staged.Add(await StageAsync(rows[i].Input, rows[i].Caller, source, sortings[i], batch, cancellationToken));
        }

        foreach (var chunk in staged.Select(s => s.Change).OfType<ResultPublished>().Chunk(ResultsPublished.MaxResults))
        {
            changes.Stage(new ResultsPublished(chunk));
        }

        await CommitAsync(staged, behind: true, cancellationToken);
        return staged.Select(s => s.Effect).ToList();
    }

    /// <summary>Finishes the index write that <see cref="ListManyAsync"/> leaves running behind the caller's next
    /// batch; a bulk listing is done only after this.</summary>
    public Task FinishIndexingAsync() => changes.FinishIndexingAsync();

    private static RecordSorting SortingOf(ResultInput input) =>
        RecordSorting.Of(input.Title!.Trim(), input.Abstract!.Trim(), input.CleanKeywords(), input.CleanFields());

    private async Task CommitAsync(IReadOnlyList<Staged> staged, bool behind, CancellationToken cancellationToken)
    {
        // An unchanged record the index is behind on (its lister was stopped between saving and indexing) is
        // indexed again now rather than at the next start.
        var changed = staged
            .Where(s => s.Effect is ListingEffect.Created or ListingEffect.Updated || s.Result.IndexedVersion != s.Result.Version)
            .Select(s => s.Result)
            .Distinct()
            .ToList();
        await (behind ? changes.CommitStagedBehindAsync(changed, cancellationToken) : changes.CommitStagedAsync(changed, cancellationToken));
        foreach (var result in staged.Select(s => s.Result).Distinct())
        {
            fingerprints.Remember(result);
        }
    }

    /// <summary>Applies one input to its record and returns the event it calls for; nothing is saved or queued
    /// yet, because a batch sends its events together.</summary>
    private async Task<Staged> StageAsync(
        ResultInput input, Caller caller, RecordSource source, RecordSorting sorting, BatchRecords batch, CancellationToken cancellationToken)
    {
        var institute = input.InstituteFor(caller);
        var externalId = input.ExternalId?.Trim();
        var result = await FindAsync(institute, externalId, batch, cancellationToken);
        if (result is null && await SameResultByAnotherChannelAsync(institute, source, sorting, cancellationToken) is { } original)
        {
            batch.Remember(original);
            return new Staged(Merge(original, institute, externalId, source), ListingEffect.Merged, null);
        }

        var now = clock.GetUtcNow();
        var created = result is null;
        var relisted = result?.Status == ResultStatus.Withdrawn;
        if (result is null)
        {
            result = new ResearchResult { Id = Guid.CreateVersion7(), ExternalId = externalId, Title = "", Abstract = "", Institute = institute, CreatedAt = now };
            db.Results.Add(result);
        }

        batch.Remember(result);
        input.ApplyTo(result);
        result.ApplySorting(sorting);
        if (!result.Sources.Contains(source))
        {
            result.Sources = [.. result.Sources, source];
        }

        if (!created && !relisted && !db.HasChanged(result))
        {
            return new Staged(result, ListingEffect.Unchanged, null);
        }

        if (!created)
        {
            result.Version++;
        }

        result.Status = ResultStatus.Listed;
        result.UpdatedAt = now;
        return new Staged(result, created ? ListingEffect.Created : ListingEffect.Updated, ResultEvents.Published(result, now));
    }

    /// <summary>The institute's record under this external id; the batch being staged is looked at first, so
    /// the same id twice in one file is one record. (Not DbSet.Local: it detects changes on every tracked record
    /// at each call, which makes a batch quadratic.)</summary>
    private async Task<ResearchResult?> FindAsync(string institute, string? externalId, BatchRecords batch, CancellationToken cancellationToken)
    {
        if (externalId is null)
        {
            return null;
        }

        if (batch.Find(institute, externalId) is { } staged)
        {
            return staged;
        }

        if (batch.Loaded(institute, externalId))
        {
            return null;
        }

        // Two index lookups, not one OR over both: an OR would scan the table for every row of a large file.
        return await db.Results.SingleOrDefaultAsync(r => r.Institute == institute && r.ExternalId == externalId, cancellationToken)
            ?? await db.Aliases
                .Where(a => a.Institute == institute && a.ExternalId == externalId)
                .Join(db.Results, a => a.ResultId, r => r.Id, (_, r) => r)
                .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>A listed result of the same institute, not yet seen on this channel, whose text is nearly the same.
    /// Within one channel the external id is what tells records apart (a series of similar results is several
    /// results); across channels the text has to. And only the same institute's: merging across owners would
    /// let one institute's upload change another's record.</summary>
    private async Task<ResearchResult?> SameResultByAnotherChannelAsync(
        string institute, RecordSource source, RecordSorting sorting, CancellationToken cancellationToken)
    {
        var candidates = fingerprints.MergeCandidatesFor(unchecked((long)sorting.Fingerprint.Value), institute, source);
        if (candidates.Count == 0)
        {
            return null;
        }

        // The fingerprints are a step ahead of what this context has seen; the record on file decides.
        var found = await db.Results
            .Where(r => candidates.Contains(r.Id) && r.Institute == institute && r.Status == ResultStatus.Listed)
            .ToListAsync(cancellationToken);
        return candidates
            .Select(id => found.FirstOrDefault(r => r.Id == id))
            .FirstOrDefault(r => r is not null && !r.Sources.Contains(source));
    }

    /// <summary>The content stays as first listed, so no new version and no event: only where it came from grows.</summary>
    private ResearchResult Merge(ResearchResult original, string institute, string? externalId, RecordSource source)
    {
        if (externalId is not null && externalId != original.ExternalId && !original.AlternateIds.Contains(externalId))
        {
            original.AlternateIds = [.. original.AlternateIds, externalId];
            db.Aliases.Add(new ResultAlias { Institute = institute, ExternalId = externalId, ResultId = original.Id });
        }

        if (!original.Sources.Contains(source))
        {
            original.Sources = [.. original.Sources, source];
        }

        return original;
    }

    /// <summary>A record as staged, with the event its change calls for (none when nothing changed).</summary>
    private sealed record Staged(ResearchResult Result, ListingEffect Effect, ResultPublished? Change);
}

public enum ListingEffect
{
    Created,
    Updated,
    Unchanged,

    /// <summary>The same result had already arrived by another channel; the record now names both.</summary>
    Merged,
}
