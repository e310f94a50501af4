using System.Net;
using System.Net.Http.Json;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>The member registry on the embedded profile: registration, reading, subscription changes, who may
/// use it and what bad input gets back.</summary>
public sealed class RegistryTests : IDisposable
{
    private readonly AllianceHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task A_registered_webhook_member_gets_its_secret_once()
    {
        var admin = host.ClientFor("member-admin");
        var created = await admin.PostAsJsonAsync("/api/alliance/members", Registrations.Webhook("https://hooks.example.org/huli", "smart-equipment"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var member = await created.ReadJsonAsync();
        Assert.Equal("industryAssociation", member.GetProperty("kind").GetString());
        Assert.Equal("webhook", member.GetProperty("delivery").GetString());
        Assert.True(member.GetProperty("webhookSecret").GetString()!.Length >= 32);
        Assert.Equal("jointDevelopment", member.GetProperty("subscription").GetProperty("cooperationModes")[0].GetString());

        var read = await (await admin.GetAsync(created.Headers.Location)).ReadJsonAsync();
        Assert.Equal(member.GetProperty("code").GetString(), read.GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("webhookSecret").ValueKind);

        var coordinator = host.ClientFor("coordinator");
        var list = await (await coordinator.GetAsync("/api/alliance/members")).ReadJsonAsync();
        Assert.Contains(list.GetProperty("members").EnumerateArray(), m => m.GetProperty("id").GetGuid() == member.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Bad_registration_fields_are_each_named()
    {
        var admin = host.ClientFor("member-admin");
        var response = await admin.PostAsJsonAsync("/api/alliance/members", new
        {
            name = "",
            kind = "bank",
            contacts = new[] { new { name = "林晓", email = "not-an-address", phone = "0592" } },
            subscription = new { fields = new[] { "smart-equipment", "basket-weaving" }, trlMin = 0, trlMax = 10, cooperationModes = new[] { "gift" }, regions = Array.Empty<string>() },
            delivery = "webhook",
            webhookUrl = "ftp://hooks.example.org/huli",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadJsonAsync()).ErrorFields().ToHashSet();
        string[] expected =
        [
            "name", "kind", "contacts[0].email", "contacts[0].phone", "subscription.fields[1]", "subscription.trlMin",
            "subscription.trlMax", "subscription.cooperationModes[0]", "webhookUrl",
        ];
        Assert.Subset(fields, expected.ToHashSet());
    }

    [Theory]
    [InlineData("http://127.0.0.1:15672/api/users")]
    [InlineData("http://localhost/huli")]
    [InlineData("https://10.20.30.40/huli")]
    [InlineData("http://[::1]:8080/huli")]
    public async Task A_webhook_into_the_alliances_own_network_is_refused(string url)
    {
        var response = await host.ClientFor("member-admin").PostAsJsonAsync("/api/alliance/members", Registrations.Webhook(url, "software"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("webhookUrl", (await response.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Bus_delivery_is_refused_where_there_is_no_member_broker()
    {
        var response = await host.ClientFor("coordinator").PostAsJsonAsync("/api/alliance/members", Registrations.Bus("厦门科技金融服务中心", "software"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("delivery", (await response.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Only_member_admins_and_coordinators_use_the_registry()
    {
        var enterprise = host.ClientFor("enterprise");
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/alliance/members")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await enterprise.PostAsJsonAsync("/api/alliance/members", Registrations.Webhook("https://hooks.example.org/x", "software"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/alliance/members")).StatusCode);
    }

    [Fact]
    public async Task A_subscription_change_needs_the_current_version()
    {
        var admin = host.ClientFor("member-admin");
        var member = await (await admin.PostAsJsonAsync("/api/alliance/members", Registrations.Webhook("https://hooks.example.org/huli", "software"))).ReadJsonAsync();
        var id = member.GetProperty("id").GetGuid();
        var subscription = new { fields = new[] { "new-energy", "new-materials" }, trlMin = 5, trlMax = 7 };

        var changed = await admin.PutAsJsonAsync($"/api/alliance/members/{id}/subscription?expectedVersion=0", subscription);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.ReadJsonAsync();
        Assert.Equal(["new-energy", "new-materials"], body.GetProperty("subscription").GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(1, body.GetProperty("version").GetInt32());

        var stale = await admin.PutAsJsonAsync($"/api/alliance/members/{id}/subscription?expectedVersion=0", subscription);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var backwards = await admin.PutAsJsonAsync($"/api/alliance/members/{id}/subscription", new { fields = new[] { "software" }, trlMin = 8, trlMax = 4 });
        Assert.Contains("trlMax", (await backwards.ReadJsonAsync()).ErrorFields());
    }
}
