using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Results.Features.Sorting;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>Withdraws a result: it stays on record but leaves search and every ranking.</summary>
public sealed record WithdrawResult(Guid Id, Caller Caller) : ICommand<Outcome<ResultDetails>>;

internal sealed class WithdrawResultHandler(
    ResultsDbContext db,
    RecordChanges<ResultsDbContext, ResearchResult> changes,
    ResultFingerprints fingerprints,
    TimeProvider clock) : ICommandHandler<WithdrawResult, Outcome<ResultDetails>>
{
    public async ValueTask<Outcome<ResultDetails>> Handle(WithdrawResult command, CancellationToken cancellationToken)
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

        if (result.Status != ResultStatus.Withdrawn)
        {
            var now = clock.GetUtcNow();
            result.Status = ResultStatus.Withdrawn;
            result.Version++;
            result.UpdatedAt = now;
            await changes.CommitAsync(result, new ResultWithdrawn(result.Id, result.Version, now), cancellationToken);
            fingerprints.Forget(result.Id);
        }

        return Outcome<ResultDetails>.Ok(ResultDetails.From(result));
    }
}
