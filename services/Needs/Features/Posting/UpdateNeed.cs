using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Sorting;
using Mediator;

namespace Huli.Matchmaking.Needs.Features.Posting;

public sealed record UpdateNeed(Guid Id, NeedInput Input, Caller Caller) : ICommand<Outcome<NeedDetails>>;

internal sealed class UpdateNeedHandler(
    NeedsDbContext db,
    RecordChanges<NeedsDbContext, Need> changes,
    TimeProvider clock) : ICommandHandler<UpdateNeed, Outcome<NeedDetails>>
{
    public async ValueTask<Outcome<NeedDetails>> Handle(UpdateNeed command, CancellationToken cancellationToken)
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

        if (need.Status is NeedStatus.Closed or NeedStatus.Expired)
        {
            var status = need.Status.ToString().ToLowerInvariant();
            return Outcome<NeedDetails>.Conflict(new LocalText(
                $"该需求处于 {status} 状态；请重新发布以重新开放。",
                $"This need is {status}; post it again to reopen it."));
        }

        command.Input.ApplyTo(need);
        need.ApplySorting(RecordSorting.Of(need.Title, need.Description, command.Input.CleanKeywords(), command.Input.CleanFields()));
        if (db.HasChanged(need))
        {
            var now = clock.GetUtcNow();
            need.Version++;
            need.UpdatedAt = now;
            await changes.CommitAsync(need, NeedEvents.Published(need, now), cancellationToken);
        }

        return Outcome<NeedDetails>.Ok(NeedDetails.For(need, command.Caller));
    }
}
