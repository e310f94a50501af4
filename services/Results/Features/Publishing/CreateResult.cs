using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Mediator;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>Lists one result over the API (or for the demo seeder).</summary>
public sealed record CreateResult(ResultInput Input, Caller Caller, RecordSource Source = RecordSource.Api) : ICommand<Outcome<CreatedResult>>;

public sealed record CreatedResult(ResultDetails Result, bool Created);

internal sealed class CreateResultHandler(ResultListing listing) : ICommandHandler<CreateResult, Outcome<CreatedResult>>
{
    public async ValueTask<Outcome<CreatedResult>> Handle(CreateResult command, CancellationToken cancellationToken)
    {
        var (result, effect) = await listing.ListAsync(command.Input, command.Caller, command.Source, cancellationToken);
        return Outcome<CreatedResult>.Ok(new CreatedResult(ResultDetails.From(result), effect == ListingEffect.Created));
    }
}
