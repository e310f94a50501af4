using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Needs.Features.Posting;

/// <summary>Posts a need. A need that names an external id its enterprise already used updates that need, so
/// re-sending the same record never makes a second one.</summary>
public sealed record PostNeed(NeedInput Input, Caller Caller, RecordSource Source = RecordSource.Api) : ICommand<Outcome<PostedNeed>>;

public sealed record PostedNeed(NeedDetails Need, bool Created);

internal sealed class PostNeedHandler(NeedPosting posting) : ICommandHandler<PostNeed, Outcome<PostedNeed>>
{
    public async ValueTask<Outcome<PostedNeed>> Handle(PostNeed command, CancellationToken cancellationToken)
    {
        var (need, effect) = await posting.PostAsync(command.Input, command.Caller, command.Source, cancellationToken);
        return Outcome<PostedNeed>.Ok(new PostedNeed(NeedDetails.For(need, command.Caller), effect == PostingEffect.Created));
    }
}
