using System.Net;
using System.Net.Http.Json;
using Huli.Matchmaking.Alliance.Data;
using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Alliance.Features.Members.Webhooks;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>A suspended webhook member on the embedded profile, beside an active one on the same field whose
/// delivery shows that routing and the sender have done their round.</summary>
public sealed class WebhookSuspensionTests : IAsyncLifetime
{
    private const string Field = "smart-equipment";

    // The receivers listen on loopback, which the Alliance refuses unless told otherwise.
    // A first retry after a second, so a test can suspend a member between two attempts.
    private readonly AllianceHostFactory host = new(new Dictionary<string, string?>
    {
        ["Huli:Members:Webhooks:AllowPrivateNetworks"] = "true",
        ["Huli:Members:Webhooks:FirstDelay"] = "00:00:01",
    });
    private FakeReceiver leaving = null!;
    private FakeReceiver staying = null!;

    public async Task InitializeAsync()
    {
        leaving = await FakeReceiver.StartAsync();
        staying = await FakeReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await leaving.DisposeAsync();
        await staying.DisposeAsync();
    }

    [Fact]
    public async Task A_suspended_member_is_neither_posted_to_nor_owed_what_was_routed_meanwhile()
    {
        var (suspendedId, _) = await WebhookMembers.RegisterAsync(host, leaving.Url, Field);
        var (activeId, _) = await WebhookMembers.RegisterAsync(host, staying.Url, Field);
        var admin = host.ClientFor("member-admin");
        (await admin.PostAsJsonAsync($"/api/alliance/members/{suspendedId}/suspend", new { reason = "已退出联盟" })).EnsureSuccessStatusCode();

        var needId = await RankedNeeds.PublishAsync(host, "数控机床主轴振动监测", Field);

        // Both members' deliveries would have been stored in the same save as the active member's.
        await Eventually.TrueAsync(() => Task.FromResult(staying.Accepted.Any()), "the active member to receive the notice");
        Assert.Contains(needId.ToString(), staying.Accepted.Single().Body);
        Assert.Equal(1, (await WebhookMembers.DeliveriesAsync(admin, activeId, "")).GetArrayLength());
        Assert.Equal(0, (await WebhookMembers.DeliveriesAsync(admin, suspendedId, "")).GetArrayLength());
        Assert.Empty(leaving.Posts);
    }

    [Fact]
    public async Task A_delivery_waiting_when_the_member_is_suspended_stays_pending_and_goes_out_on_reinstatement()
    {
        var (suspendedId, _) = await WebhookMembers.RegisterAsync(host, leaving.Url, Field);
        var (activeId, _) = await WebhookMembers.RegisterAsync(host, staying.Url, Field);
        var admin = host.ClientFor("member-admin");
        var suspended = await admin.PostAsJsonAsync($"/api/alliance/members/{suspendedId}/suspend", new { reason = "会费逾期未缴", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);

        // Deliveries stored before the suspension was saved, as routing leaves them: pending, one for each
        // member, in one save, so the round that sends the active member's has passed the suspended one's by.
        var waiting = await StorePendingAsync(suspendedId, activeId);
        await Eventually.TrueAsync(() => Task.FromResult(staying.Accepted.Any()), "the active member's delivery to be sent");
        var pending = (await WebhookMembers.DeliveriesAsync(admin, suspendedId, "pending")).EnumerateArray().Single();
        Assert.Equal(waiting, pending.GetProperty("id").GetGuid());
        Assert.Equal(0, pending.GetProperty("attempts").GetInt32());
        Assert.Empty(leaving.Posts);

        var replay = await admin.PostAsync($"/api/alliance/members/{suspendedId}/deliveries/replay-dead", null);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("suspended", (await replay.ReadJsonAsync()).GetProperty("title").GetString());

        var reinstated = await admin.PostAsJsonAsync($"/api/alliance/members/{suspendedId}/reinstate", new { expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(leaving.Accepted.Any()), "the waiting delivery to be sent after reinstatement");
        Assert.Equal(waiting.ToString(), leaving.Accepted.Single().Delivery);
        await Eventually.TrueAsync(
            async () => (await WebhookMembers.DeliveriesAsync(admin, suspendedId, "delivered")).GetArrayLength() == 1,
            "the waiting delivery to be marked delivered");
    }

    [Fact]
    public async Task Retries_under_way_when_the_member_is_suspended_stop_and_the_delivery_waits_for_reinstatement()
    {
        leaving.Otherwise = StatusCodes.Status503ServiceUnavailable;
        var (memberId, _) = await WebhookMembers.RegisterAsync(host, leaving.Url, Field);
        var admin = host.ClientFor("member-admin");
        var waiting = await StorePendingAsync(memberId);
        await Eventually.TrueAsync(() => Task.FromResult(!leaving.Posts.IsEmpty), "the first attempt, answered 503");
        (await admin.PostAsJsonAsync($"/api/alliance/members/{memberId}/suspend", new { reason = "会费逾期未缴" })).EnsureSuccessStatusCode();

        // The next retry finds the member suspended: no more attempts, and the delivery is pending, not dead.
        await Eventually.TrueAsync(
            async () => (await WebhookMembers.DeliveriesAsync(admin, memberId, "pending")).EnumerateArray()
                .Any(d => d.GetProperty("lastError").GetString() == MemberWebhookSender.HeldBySuspension),
            "the delivery to be held by the suspension");
        var held = (await WebhookMembers.DeliveriesAsync(admin, memberId, "pending")).EnumerateArray().Single();
        Assert.Equal(waiting, held.GetProperty("id").GetGuid());
        Assert.Equal(leaving.Posts.Count, held.GetProperty("attempts").GetInt32());
        Assert.True(held.GetProperty("attempts").GetInt32() < 8, "the retries ran out instead of stopping");
        Assert.Equal(0, (await WebhookMembers.DeliveriesAsync(admin, memberId, "deadLettered")).GetArrayLength());

        leaving.Otherwise = StatusCodes.Status200OK;
        (await admin.PostAsJsonAsync($"/api/alliance/members/{memberId}/reinstate", new { })).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(
            async () => (await WebhookMembers.DeliveriesAsync(admin, memberId, "delivered")).GetArrayLength() == 1,
            "the held delivery to go out after reinstatement");
        Assert.Equal(waiting.ToString(), leaving.Accepted.Single().Delivery);
    }

    /// <returns>The first member's delivery.</returns>
    private async Task<Guid> StorePendingAsync(params Guid[] members)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var key = $"ranked:{Guid.CreateVersion7()}:1";
        var deliveries = members.Select(member => new MemberDelivery
        {
            Id = Guid.CreateVersion7(),
            MemberId = member,
            Key = key,
            Body = """{"kind":"ranked","field":"smart-equipment"}""",
            CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        db.MemberDeliveries.AddRange(deliveries);
        await db.SaveChangesAsync();
        host.Services.GetRequiredService<OutboxSignal<MemberWebhookSender>>().Notify();
        return deliveries[0].Id;
    }
}
