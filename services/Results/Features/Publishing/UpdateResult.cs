using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Results.Features.Sorting;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Sorting;
using Mediator;

namespace Huli.Matchmaking.Results.Features.Publishing;

public sealed record UpdateResult(Guid Id, ResultInput Input, Caller Caller) : ICommand<Outcome<ResultDetails>>;

internal sealed class UpdateResultHandler(
    ResultsDbContext db,
    RecordChanges<ResultsDbContext, ResearchResult> changes,
    ResultFingerprints fingerprints,
    TimeProvider clock) : ICommandHandler<UpdateResult, Outcome<ResultDetails>>
{
    public async ValueTask<Outcome<ResultDetails>> Handle(UpdateResult command, CancellationToken cancellationToken)
    {
        var result = await db.Results.FindAsync([command.Id], cancellationToken);
        if (result is null)
        {
            return Outcome<ResultDetails>.NotFound();
        }

        if (!command.Caller.IsCoordinator && result.Institute != command.Caller.Organisation)
        {
            return Outcome<ResultDetails>.Forbidden();
        }

        if (result.Status == ResultStatus.Withdrawn)
        {
            return Outcome<ResultDetails>.Conflict(new LocalText(
                "该成果已撤回；请重新发布后再修改。", "This result was withdrawn; list it again to change it."));
        }

        command.Input.ApplyTo(result);
        result.ApplySorting(RecordSorting.Of(result.Title, result.Abstract, command.Input.CleanKeywords(), command.Input.CleanFields()));
        if (db.HasChanged(result))
        {
            var now = clock.GetUtcNow();
            result.Version++;
            result.UpdatedAt = now;
            await changes.CommitAsync(result, ResultEvents.Published(result, now), cancellationToken);
            fingerprints.Remember(result);
        }

        return Outcome<ResultDetails>.Ok(ResultDetails.From(result));
    }
}
