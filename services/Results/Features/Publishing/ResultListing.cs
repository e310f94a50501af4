using Huli.Matchmaking.Sorting;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Results.Features.Sorting;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>Lists a result, whichever channel it came by, after sorting it (keywords, fields, language,
/// fingerprint). A result that names an external id the institute already used updates that record; one that is
/// a near-duplicate of a listed result of the same institute is merged into it, keeping both sources; re-sending
/// an unchanged record publishes nothing.</summary>
public sealed class ResultListing(
    ResultsDbContext db,
    RecordChanges<ResultsDbContext, ResearchResult> changes,
    ResultFingerprints fingerprints,
    TimeProvider clock)
{
    public async Task<(ResearchResult Result, ListingEffect Effect)> ListAsync(
        ResultInput input, Caller caller, RecordSource source, CancellationToken cancellationToken)
    {
        var institute = input.InstituteFor(caller);
        var externalId = input.ExternalId?.Trim();
        var result = externalId is null
            ? null
            : await db.Results.SingleOrDefaultAsync(
                r => r.Institute == institute && (r.ExternalId == externalId || r.AlternateIds.Contains(externalId)),
                cancellationToken);
        var sorting = RecordSorting.Of(input.Title!.Trim(), input.Abstract!.Trim(), input.CleanKeywords(), input.CleanFields());
        if (result is null && await SameResultByAnotherChannelAsync(institute, source, sorting, cancellationToken) is { } original)
        {
            return await MergeAsync(original, externalId, source, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var created = result is null;
        var relisted = result?.Status == ResultStatus.Withdrawn;
        if (result is null)
        {
            result = new ResearchResult { Id = Guid.CreateVersion7(), ExternalId = externalId, Title = "", Abstract = "", Institute = institute, CreatedAt = now };
            db.Results.Add(result);
        }

        input.ApplyTo(result);
        result.ApplySorting(sorting);
        if (!result.Sources.Contains(source))
        {
            result.Sources = [.. result.Sources, source];
        }

        if (!created && !relisted && !db.HasChanged(result))
        {
            return (result, ListingEffect.Unchanged);
        }

        if (!created)
        {
            result.Version++;
        }

        result.Status = ResultStatus.Listed;
        result.UpdatedAt = now;
        await changes.CommitAsync(result, ResultEvents.Published(result, now), cancellationToken);
        fingerprints.Remember(result.Id, result.Fingerprint);
        return (result, created ? ListingEffect.Created : ListingEffect.Updated);
    }

    /// <summary>A listed result of the same institute, not yet seen on this channel, whose text is nearly the same.
    /// Within one channel the external id is what tells records apart (a series of similar results is several
    /// results); across channels the text has to. And only the same institute's: merging across owners would
    /// let one institute's upload change another's record.</summary>
    private async Task<ResearchResult?> SameResultByAnotherChannelAsync(
        string institute, RecordSource source, RecordSorting sorting, CancellationToken cancellationToken)
    {
        var candidates = fingerprints.NearDuplicatesOf(unchecked((long)sorting.Fingerprint.Value));
        if (candidates.Count == 0)
        {
            return null;
        }

        var found = await db.Results
            .Where(r => candidates.Contains(r.Id) && r.Institute == institute && r.Status == ResultStatus.Listed)
            .ToListAsync(cancellationToken);
        return candidates
            .Select(id => found.FirstOrDefault(r => r.Id == id))
            .FirstOrDefault(r => r is not null && !r.Sources.Contains(source));
    }

    private async Task<(ResearchResult, ListingEffect)> MergeAsync(
        ResearchResult original, string? externalId, RecordSource source, CancellationToken cancellationToken)
    {
        if (externalId is not null && externalId != original.ExternalId && !original.AlternateIds.Contains(externalId))
        {
            original.AlternateIds = [.. original.AlternateIds, externalId];
        }

        if (!original.Sources.Contains(source))
        {
            original.Sources = [.. original.Sources, source];
        }

        // The content stays as first listed, so no new version and no event: only where it came from grows.
        if (db.HasChanged(original))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return (original, ListingEffect.Merged);
    }
}

public enum ListingEffect
{
    Created,
    Updated,
    Unchanged,

    /// <summary>The same result had already arrived by another channel; the record now names both.</summary>
    Merged,
}
