using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Results.Features.Publishing;

public sealed record UpdateResult(Guid Id, ResultInput Input, Caller Caller) : ICommand<Outcome<ResultDetails>>;

internal sealed class UpdateResultHandler(
    ResultsDbContext db,
    IRecordIndexer<ResearchResult> indexer,
    OutboxSignal<ResultsDbContext> outbox,
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
            return Outcome<ResultDetails>.Conflict("This result was withdrawn; list it again to change it.");
        }

        if (command.Input.ApplyTo(result))
        {
            var now = clock.GetUtcNow();
            result.Version++;
            result.UpdatedAt = now;
            db.Enqueue(ResultEvents.Published(result, now), clock);
            await db.SaveChangesAsync(cancellationToken);
            outbox.Notify();
            await indexer.IndexSavedAsync(db, result, cancellationToken);
        }

        return Outcome<ResultDetails>.Ok(ResultDetails.From(result));
    }
}
