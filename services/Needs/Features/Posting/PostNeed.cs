using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Persistence;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Sorting;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Features.Posting;

/// <summary>Posts a need. A need that names an external id its enterprise already used updates that need, so
/// re-sending the same record never makes a second one.</summary>
public sealed record PostNeed(NeedInput Input, Caller Caller, RecordSource Source = RecordSource.Api) : ICommand<Outcome<PostedNeed>>;

public sealed record PostedNeed(NeedDetails Need, bool Created);

internal sealed class PostNeedHandler(
    NeedsDbContext db,
    RecordChanges<NeedsDbContext, Need> changes,
    TimeProvider clock) : ICommandHandler<PostNeed, Outcome<PostedNeed>>
{
    public async ValueTask<Outcome<PostedNeed>> Handle(PostNeed command, CancellationToken cancellationToken)
    {
        var enterprise = command.Input.EnterpriseFor(command.Caller);
        var externalId = command.Input.ExternalId?.Trim();
        var now = clock.GetUtcNow();
        var need = externalId is null
            ? null
            : await db.Needs.SingleOrDefaultAsync(n => n.Enterprise == enterprise && n.ExternalId == externalId, cancellationToken);
        var created = need is null;
        var reopened = need?.Status is NeedStatus.Closed or NeedStatus.Expired;
        if (need is null)
        {
            need = new Need { Id = Guid.CreateVersion7(), ExternalId = externalId, Title = "", Description = "", Enterprise = enterprise, CreatedAt = now };
            db.Needs.Add(need);
        }

        command.Input.ApplyTo(need);
        need.ApplySorting(RecordSorting.Of(need.Title, need.Description, command.Input.CleanKeywords(), command.Input.CleanFields()));
        if (!need.Sources.Contains(command.Source))
        {
            need.Sources = [.. need.Sources, command.Source];
        }

        if (created || reopened || db.HasChanged(need))
        {
            if (!created)
            {
                need.Version++;
            }

            need.Status = NeedStatus.Open;
            need.UpdatedAt = now;
            await changes.CommitAsync(need, NeedEvents.Published(need, now), cancellationToken);
        }

        return Outcome<PostedNeed>.Ok(new PostedNeed(NeedDetails.For(need, command.Caller), created));
    }
}
