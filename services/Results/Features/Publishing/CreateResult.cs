using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.TextAnalysis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>Lists a result. A result that names an external id the institute already used updates that record
/// instead, so re-sending the same record never makes a second one.</summary>
public sealed record CreateResult(ResultInput Input, Caller Caller, RecordSource Source = RecordSource.Api) : ICommand<Outcome<CreatedResult>>;

public sealed record CreatedResult(ResultDetails Result, bool Created);

internal sealed class CreateResultHandler(
    ResultsDbContext db,
    RecordChanges<ResultsDbContext, ResearchResult> changes,
    TimeProvider clock) : ICommandHandler<CreateResult, Outcome<CreatedResult>>
{
    public async ValueTask<Outcome<CreatedResult>> Handle(CreateResult command, CancellationToken cancellationToken)
    {
        var institute = command.Input.InstituteFor(command.Caller);
        var externalId = command.Input.ExternalId?.Trim();
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

        command.Input.ApplyTo(result);
        result.Language = LanguageCodes.DetectCode(result.Title, result.Abstract);
        if (!result.Sources.Contains(command.Source))
        {
            result.Sources = [.. result.Sources, command.Source];
        }

        if (created || relisted || db.HasChanged(result))
        {
            if (!created)
            {
                result.Version++;
            }

            result.Status = ResultStatus.Listed;
            result.UpdatedAt = now;
            await changes.CommitAsync(result, ResultEvents.Published(result, now), cancellationToken);
        }

        return Outcome<CreatedResult>.Ok(new CreatedResult(ResultDetails.From(result), created));
    }
}
