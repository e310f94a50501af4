using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Sorting;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Features.Posting;

/// <summary>Posts validated needs, one from the API or a batch from a file, by the same rules: sorted on
/// arrival; a need that names an external id its enterprise already used updates that need (and reopens it if
/// it was closed or expired); re-sending an unchanged need makes no version and no event.</summary>
public sealed class NeedPosting(NeedsDbContext db, RecordChanges<NeedsDbContext, Need> changes, TimeProvider clock)
{
    public async Task<(Need Need, PostingEffect Effect)> PostAsync(NeedInput input, Caller caller, RecordSource source, CancellationToken cancellationToken)
    {
        var staged = await StageAsync(input, caller, source, SortingOf(input), [], cancellationToken);
        await CommitAsync([staged], cancellationToken);
        return staged;
    }

    /// <summary>A batch in one commit (needs and their events together) and one index write. Sorting, the
    /// costly part, runs on every core.</summary>
    public async Task<IReadOnlyList<PostingEffect>> PostManyAsync(
        IReadOnlyList<NeedInput> inputs, Caller caller, RecordSource source, CancellationToken cancellationToken)
    {
        var sortings = inputs.AsParallel().AsOrdered().Select(SortingOf).ToList();
        var batch = new Dictionary<(string Enterprise, string ExternalId), Need>();
        var staged = new List<(Need Need, PostingEffect Effect)>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            staged.Add(await StageAsync(inputs[i], caller, source, sortings[i], batch, cancellationToken));
        }

        await CommitAsync(staged, cancellationToken);
        return staged.Select(s => s.Effect).ToList();
    }

    private static RecordSorting SortingOf(NeedInput input) =>
        RecordSorting.Of(input.Title!.Trim(), input.Description!.Trim(), input.CleanKeywords(), input.CleanFields());

    private async Task CommitAsync(IReadOnlyList<(Need Need, PostingEffect Effect)> staged, CancellationToken cancellationToken)
    {
        // An unchanged need the index is behind on (its poster was stopped between saving and indexing) is
        // indexed again now rather than at the next start.
        var changed = staged
            .Where(s => s.Effect != PostingEffect.Unchanged || s.Need.IndexedVersion != s.Need.Version)
            .Select(s => s.Need)
            .Distinct()
            .ToList();
        await changes.CommitStagedAsync(changed, cancellationToken);
    }

    /// <summary>Applies one input to its need and queues its event; nothing is saved yet.</summary>
    private async Task<(Need, PostingEffect)> StageAsync(
        NeedInput input,
        Caller caller,
        RecordSource source,
        RecordSorting sorting,
        Dictionary<(string Enterprise, string ExternalId), Need> batch,
        CancellationToken cancellationToken)
    {
        var enterprise = input.EnterpriseFor(caller);
        var externalId = input.ExternalId?.Trim();
        var need = await FindAsync(enterprise, externalId, batch, cancellationToken);
        var now = clock.GetUtcNow();
        var created = need is null;
        var reopened = need?.Status is NeedStatus.Closed or NeedStatus.Expired;
        if (need is null)
        {
            need = new Need { Id = Guid.CreateVersion7(), ExternalId = externalId, Title = "", Description = "", Enterprise = enterprise, CreatedAt = now };
            db.Needs.Add(need);
        }

        if (externalId is not null)
        {
            batch[(enterprise, externalId)] = need;
        }

        input.ApplyTo(need);
        need.ApplySorting(sorting);
        if (!need.Sources.Contains(source))
        {
            need.Sources = [.. need.Sources, source];
        }

        if (!created && !reopened && !db.HasChanged(need))
        {
            return (need, PostingEffect.Unchanged);
        }

        if (!created)
        {
            need.Version++;
        }

        need.Status = NeedStatus.Open;
        need.UpdatedAt = now;
        changes.Stage(NeedEvents.Published(need, now));
        return (need, created ? PostingEffect.Created : PostingEffect.Updated);
    }

    /// <summary>The batch being staged is looked at first, so the same external id twice in one file is one need.</summary>
    private async Task<Need?> FindAsync(
        string enterprise, string? externalId, Dictionary<(string Enterprise, string ExternalId), Need> batch, CancellationToken cancellationToken)
    {
        if (externalId is null)
        {
            return null;
        }

        return batch.GetValueOrDefault((enterprise, externalId))
            ?? await db.Needs.SingleOrDefaultAsync(n => n.Enterprise == enterprise && n.ExternalId == externalId, cancellationToken);
    }
}

public enum PostingEffect
{
    Created,
    Updated,
    Unchanged,
}
