using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using AllianceMediator = Huli.Matchmaking.Alliance.Mediation.Mediator;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Huli.Matchmaking.Alliance.Features.Members;

public static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapMemberEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The registry holds the members' delivery secrets: it is the member admins' and coordinators' alone.
        var members = endpoints.MapGroup("/api/alliance/members").WithTags("Members").RequireAuthorization(MemberPolicies.MemberAdminOrCoordinator);

        members.MapPost("/", async (RegistrationInput input, MemberBrokerNames broker, IOptions<WebhookOptions> webhooks, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var draft = input.Read(errors, broker.Enabled, webhooks.Value.AllowPrivateNetworks);
            if (draft is null)
            {
                return errors.Invalid();
            }

            return await BrokerGuard.Run(async () => (await mediator.Send(new RegisterMember(draft, Caller.From(http.User)), ct))
                .ToResult(m => TypedResults.Created($"/api/alliance/members/{m.Id}", m)));
        });

        members.MapGet("/", async ([FromQuery(Name = "status")] string? statusText, AllianceMediator mediator, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var status = errors.Choice<MemberStatus>("status", statusText);
            return errors.Any ? errors.Invalid() : TypedResults.Ok(await mediator.Send(new ListMembers(status), ct));
        });

        members.MapGet("/{id:guid}", async (Guid id, AllianceMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new GetMember(id), ct)).ToResult(m => TypedResults.Ok(m)));

        members.MapPut("/{id:guid}/subscription", async (Guid id, SubscriptionInput input, int? expectedVersion, AllianceMediator mediator, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var subscription = input.Read(errors, "");
            if (subscription is null)
            {
                return errors.Invalid();
            }

            return await BrokerGuard.Run(async () =>
                (await mediator.Send(new ChangeSubscription(id, subscription, expectedVersion), ct)).ToResult(m => TypedResults.Ok(m)));
        });

        members.MapPost("/{id:guid}/webhook-secret", async (Guid id, AllianceMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new RotateWebhookSecret(id), ct)).ToResult(r => TypedResults.Ok(r)));

        members.MapGet("/{id:guid}/deliveries", async (Guid id, [FromQuery(Name = "status")] string? statusText, AllianceMediator mediator, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var status = errors.Choice<MemberDeliveryStatus>("status", statusText);
            if (errors.Any)
            {
                return errors.Invalid();
            }

            return (await mediator.Send(new ListDeliveries(id, status), ct)).ToResult(d => TypedResults.Ok(d));
        });

        members.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", async (Guid id, Guid deliveryId, AllianceMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new ReplayDeliveries(id, deliveryId), ct)).ToResult(d => TypedResults.Accepted((string?)null, d)));

        members.MapPost("/{id:guid}/deliveries/replay-dead", async (Guid id, AllianceMediator mediator, CancellationToken ct) =>
            (await mediator.Send(new ReplayDeliveries(id, null), ct)).ToResult(d => TypedResults.Accepted((string?)null, d)));

        members.MapPost("/{id:guid}/suspend", async (Guid id, SuspensionInput input, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            var errors = new FieldErrors();
            var reason = input.Read(errors);
            if (reason is null)
            {
                return errors.Invalid();
            }

            return await BrokerGuard.Run(async () =>
                (await mediator.Send(new SuspendMember(id, reason, Caller.From(http.User), input.ExpectedVersion), ct)).ToResult(m => TypedResults.Ok(m)));
        });

        members.MapPost("/{id:guid}/reinstate", async (Guid id, ReinstatementInput? input, AllianceMediator mediator, HttpContext http, CancellationToken ct) =>
            await BrokerGuard.Run(async () =>
                (await mediator.Send(new ReinstateMember(id, Caller.From(http.User), input?.ExpectedVersion), ct)).ToResult(m => TypedResults.Ok(m))));

        return endpoints;
    }
}
