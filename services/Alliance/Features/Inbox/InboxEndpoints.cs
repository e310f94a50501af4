using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;

namespace Huli.Matchmaking.Alliance.Features.Inbox;

public static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var alliance = endpoints.MapGroup("/api/alliance").WithTags("Alliance");

        alliance.MapGet("/inbox", async (bool? unread, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ReadInbox(Caller.From(http.User), unread ?? false), ct)))
            .RequireAuthorization(Policies.SignedIn);

        alliance.MapPost("/inbox/{id:guid}/read", async (Guid id, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
            (await mediator.Send(new MarkInboxRead(id, Caller.From(http.User)), ct)).ToResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.SignedIn);

        // Only the enterprise that owns the need may ask; the handler tells others there is no such pairing.
        alliance.MapPost("/pairings/{id:guid}/contact-request", async (Guid id, ContactRequestInput? input, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var errors = input?.Validate();
            if (errors is { Any: true })
            {
                return errors.Invalid();
            }

            return (await mediator.Send(new RequestContact(id, input?.Notes, Caller.From(http.User)), ct)).ToResult(_ => TypedResults.Accepted((string?)null));
        }).RequireAuthorization(Policies.EnterpriseOrCoordinator);

        return endpoints;
    }
}
