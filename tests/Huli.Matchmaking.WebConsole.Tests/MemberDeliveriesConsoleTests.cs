using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>A webhook member's deliveries in the console, against a receiver on loopback that refuses the first
/// post for good (410), so it is dead-lettered at once, and takes every later one.</summary>
public sealed class MemberDeliveriesConsoleTests(MemberDeliveriesConsoleTests.ReceivingHost console)
    : IClassFixture<MemberDeliveriesConsoleTests.ReceivingHost>
{
    // The receiver sits on loopback, where webhooks are otherwise refused.
    public sealed class ReceivingHost() : ConsoleFixture(new Dictionary<string, string?> { ["Huli:Members:Webhooks:AllowPrivateNetworks"] = "true" })
    {
        public FakeReceiver Receiver { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            Receiver = await FakeReceiver.StartAsync(410);
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Receiver.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_member_admin_replays_a_dead_lettered_delivery_and_sees_it_delivered()
    {
        var admin = console.Host.ClientFor(ConsoleHost.MemberAdmin);
        var registered = await admin.PostAsJsonAsync("/api/alliance/members", new
        {
            name = "厦门市智能装备产业创新平台",
            kind = "innovationPlatform",
            subscription = new { fields = new[] { "smart-equipment" } },
            delivery = "webhook",
            webhookUrl = console.Receiver.Url,
        });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var memberId = (await registered.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<Guid>();
        (await console.Host.ClientFor(ConsoleHost.Enterprise).PostAsJsonAsync("/api/needs", Samples.ScratchInspectionNeed("成员投递")))
            .EnsureSuccessStatusCode();
        var dead = await Eventually.GetAsync(async () =>
        {
            var list = await admin.GetFromJsonAsync<JsonNode>($"/api/alliance/members/{memberId}/deliveries?status=deadLettered");
            return list!["deliveries"]!.AsArray().FirstOrDefault();
        }, "the refused delivery to be dead-lettered");

        var page = await console.SignInAsync(ConsoleHost.MemberAdmin);
        await page.GotoAsync($"/#/members/{memberId}");
        var row = page.Locator($"[data-test=delivery][data-delivery='{dead!["id"]}']");
        await Expect(row).ToHaveAttributeAsync("data-status", "deadLettered");
        await row.Locator("[data-test=replay]").ClickAsync();
        // The page re-renders once the replay is accepted; reloading before that would cancel the request.
        await Expect(row).Not.ToHaveAttributeAsync("data-status", "deadLettered");

        // The sender posts the replay in the background; the page shows what the API answers at each load.
        await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            await Expect(row).ToBeVisibleAsync();
            return await row.GetAttributeAsync("data-status") == "delivered";
        }, "the replayed delivery to be shown delivered");
        Assert.Contains(console.Receiver.Accepted, post => post.Delivery == dead["id"]!.GetValue<Guid>().ToString());
        await Expect(page.Locator("[data-test=replay-dead]")).ToHaveCountAsync(0);
    }
}
