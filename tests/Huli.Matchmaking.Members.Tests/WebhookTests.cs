using System.Net;
using System.Text.Json;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>Webhook members on the embedded profile: deliveries signed, retried until the receiver takes them,
/// dead-lettered when it never does, and replayed on request.</summary>
public sealed class WebhookTests : IDisposable
{
    private AllianceHostFactory host = new(QuickRetries(3));

    public void Dispose()
    {
        host.Dispose();
        TemporaryFolder.TryDelete(host.DataPath);
    }

    /// <summary>Short delays keep the tests quick; nothing here depends on how long a retry took.</summary>
    private static Dictionary<string, string?> QuickRetries(int retries, bool allowLoopback = true) => new()
    {
        // The fake receiver listens on loopback, which the Alliance refuses unless told otherwise.
        ["Huli:Members:Webhooks:AllowPrivateNetworks"] = allowLoopback ? "true" : "false",
        ["Huli:Members:Webhooks:Retries"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Huli:Members:Webhooks:FirstDelay"] = "00:00:00.050",
        ["Huli:Members:Webhooks:MaxDelay"] = "00:00:00.200",
    };

    [Fact]
    public async Task A_failing_receiver_gets_the_delivery_signed_once_it_recovers()
    {
        await using var receiver = await FakeReceiver.StartAsync(503, 502);
        var (memberId, secret) = await RegisterAsync(receiver.Url, "smart-equipment");
        var needId = await RankedNeeds.PublishAsync(host, "伺服压机压装过程质量监控", "smart-equipment");
        await RankedNeeds.PublishAsync(host, "企业资源计划系统实施", "software");

        await Eventually.TrueAsync(() => Task.FromResult(receiver.Accepted.Any()), "the receiver to accept a delivery");
        var posts = receiver.Posts.ToList();
        Assert.Equal([503, 502, 200], posts.Select(p => p.Answered));
        Assert.Single(posts.Select(p => p.Delivery).Distinct());
        var accepted = posts[^1];
        Assert.Equal(WebhookMembers.Signature(secret, accepted), accepted.Signature);

        var notice = JsonDocument.Parse(accepted.Body).RootElement;
        Assert.Equal(needId, notice.GetProperty("needId").GetGuid());
        Assert.Equal("ranked", notice.GetProperty("kind").GetString());
        Assert.Equal("伺服压机压装过程质量监控", notice.GetProperty("needTitle").GetString());

        var admin = host.ClientFor("member-admin");
        await Eventually.TrueAsync(
            async () => (await DeliveriesAsync(admin, memberId, "delivered")).GetArrayLength() == 1,
            "the delivery to be marked delivered");
        Assert.Equal(3, (await DeliveriesAsync(admin, memberId, "delivered"))[0].GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_delivery_the_receiver_never_takes_is_dead_lettered_and_can_be_replayed()
    {
        await using var receiver = await FakeReceiver.StartAsync();
        receiver.Otherwise = 500;
        var (memberId, secret) = await RegisterAsync(receiver.Url, "new-energy");
        await RankedNeeds.PublishAsync(host, "光伏组件清洗机器人", "new-energy");

        var admin = host.ClientFor("member-admin");
        await Eventually.TrueAsync(
            async () => (await DeliveriesAsync(admin, memberId, "deadLettered")).GetArrayLength() == 1,
            "the delivery to be dead-lettered");
        var dead = (await DeliveriesAsync(admin, memberId, "deadLettered"))[0];
        Assert.Equal(4, dead.GetProperty("attempts").GetInt32());
        Assert.StartsWith("500", dead.GetProperty("lastError").GetString());
        Assert.Equal(4, receiver.Posts.Count);

        receiver.Otherwise = 200;
        var replay = await admin.PostAsync($"/api/alliance/members/{memberId}/deliveries/replay-dead", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Accepted.Any()), "the replayed delivery to arrive");
        var accepted = receiver.Accepted.Single();
        Assert.Equal(dead.GetProperty("id").GetGuid().ToString(), accepted.Delivery);
        Assert.Equal(WebhookMembers.Signature(secret, accepted), accepted.Signature);

        await Eventually.TrueAsync(
            async () => (await DeliveriesAsync(admin, memberId, "delivered")).GetArrayLength() == 1,
            "the replayed delivery to be marked delivered");
        var again = await admin.PostAsync($"/api/alliance/members/{memberId}/deliveries/{accepted.Delivery}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Accepted.Count() == 2), "the delivery to be posted again");
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.PostAsync($"/api/alliance/members/{memberId}/deliveries/{Guid.NewGuid()}/replay", null)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.PostAsync($"/api/alliance/members/{Guid.NewGuid()}/deliveries/replay-dead", null)).StatusCode);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await admin.GetAsync($"/api/alliance/members/{memberId}/deliveries?status=lost")).StatusCode);
    }

    [Fact]
    public async Task A_delivery_still_being_retried_when_the_service_stops_is_sent_after_it_restarts()
    {
        await using var receiver = await FakeReceiver.StartAsync();
        receiver.Otherwise = 503;
        var dataPath = Path.Combine(Path.GetTempPath(), "huli-members-tests", Guid.NewGuid().ToString("N"));
        host.Dispose();
        host = new AllianceHostFactory(QuickRetries(1_000), dataPath);
        var (memberId, _) = await RegisterAsync(receiver.Url, "medical-devices");
        await RankedNeeds.PublishAsync(host, "一次性内窥镜图像传感器", "medical-devices");
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Posts.Count >= 2), "the sender to be retrying");
        var delivery = receiver.Posts.First().Delivery;

        host.Dispose();
        receiver.Otherwise = 200;
        host = new AllianceHostFactory(QuickRetries(3), dataPath);
        _ = host.Server;

        await Eventually.TrueAsync(() => Task.FromResult(receiver.Accepted.Any()), "the restarted service to send the stored delivery");
        Assert.Equal(delivery, receiver.Accepted.Single().Delivery);
        await Eventually.TrueAsync(
            async () => (await DeliveriesAsync(host.ClientFor("member-admin"), memberId, "delivered")).GetArrayLength() == 1,
            "the delivery to be marked delivered");
    }

    [Fact]
    public async Task A_webhook_that_leads_into_the_alliances_own_network_is_never_posted()
    {
        await using var receiver = await FakeReceiver.StartAsync();
        var dataPath = Path.Combine(Path.GetTempPath(), "huli-members-tests", Guid.NewGuid().ToString("N"));
        host.Dispose();
        host = new AllianceHostFactory(QuickRetries(3), dataPath);
        var (memberId, _) = await RegisterAsync(receiver.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal), "software");

        // The same member under the default setting, where the name resolving to loopback is refused on connect.
        host.Dispose();
        host = new AllianceHostFactory(QuickRetries(3, allowLoopback: false), dataPath);
        await RankedNeeds.PublishAsync(host, "仓储机器人调度系统", "software");

        var admin = host.ClientFor("member-admin");
        await Eventually.TrueAsync(
            async () => (await DeliveriesAsync(admin, memberId, "deadLettered")).GetArrayLength() == 1,
            "the delivery to be dead-lettered");
        Assert.Contains("private or loopback", (await DeliveriesAsync(admin, memberId, "deadLettered"))[0].GetProperty("lastError").GetString());
        Assert.Empty(receiver.Posts);
    }

    private Task<(Guid Id, string Secret)> RegisterAsync(string url, string field) => WebhookMembers.RegisterAsync(host, url, field);

    private static Task<JsonElement> DeliveriesAsync(HttpClient admin, Guid memberId, string status) => WebhookMembers.DeliveriesAsync(admin, memberId, status);
}
