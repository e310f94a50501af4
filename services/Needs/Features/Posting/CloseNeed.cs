using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Needs.Features.Posting;

/// <summary>Closes a need: it stays on record but is no longer matched.</summary>
public sealed record CloseNeed(Guid Id, Caller Caller) : ICommand<Outcome<NeedDetails>>;

internal sealed class CloseNeedHandler(
    NeedsDbContext db,
    RecordChanges<NeedsDbContext, Need> changes,
    TimeProvider clock) : ICommandHandler<CloseNeed, Outcome<NeedDetails>>
{
    public async ValueTask<Outcome<NeedDetails>> Handle(CloseNeed command, CancellationToken cancellationToken)
    {
        var need = await db.Needs.FindAsync([command.Id], cancellationToken);
        if (need is null || !command.Caller.MaySee(need))
        {
            return Outcome<NeedDetails>.NotFound();
        }

        if (!command.Caller.SeesEverything(need))
        {
            return Outcome<NeedDetails>.Forbidden();
        }

        if (need.Status != NeedStatus.Closed)
        {
            var now = clock.GetUtcNow();
            need.Status = NeedStatus.Closed;
            need.Version++;
            need.UpdatedAt = now;
            await changes.CommitAsync(need, new NeedClosed(need.Id, need.Version, now, NeedClosure.Closed), cancellationToken);
        }

        return Outcome<NeedDetails>.Ok(NeedDetails.For(need, command.Caller));
    }
}
