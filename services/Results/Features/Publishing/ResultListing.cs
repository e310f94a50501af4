using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.TextAnalysis;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>Lists a result, whichever channel it came by. A result that names an external id the institute
/// already used updates that record instead, so re-sending the same record never makes a second one, and an
/// unchanged one publishes nothing.</summary>
public sealed class ResultListing(ResultsDbContext db, RecordChanges<ResultsDbContext, ResearchResult> changes, TimeProvider clock)
{
    public async Task<(ResearchResult Result, ListingEffect Effect)> ListAsync(
        ResultInput input, Caller caller, RecordSource source, CancellationToken cancellationToken)
    {
        var institute = input.InstituteFor(caller);
        var externalId = input.ExternalId?.Trim();
        var now = clock.GetUtcNow();
        var result = externalId is null
            ? null
            : await db.Results.SingleOrDefaultAsync(r => r.Institute == institute && r.ExternalId == externalId, cancellationToken);
        var created = result is null;
        var relisted = result?.Status == ResultStatus.Withdrawn;
        if (result is null)
        {
            result = new ResearchResult { Id = Guid.CreateVersion7(), ExternalId = externalId, Title = "", Abstract = "", Institute = institute, CreatedAt = now };
            db.Results.Add(result);
        }

        input.ApplyTo(result);
        result.Language = LanguageCodes.DetectCode(result.Title, result.Abstract);
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
        return (result, created ? ListingEffect.Created : ListingEffect.Updated);
    }
}

public enum ListingEffect
{
    Created,
    Updated,
    Unchanged,
}
