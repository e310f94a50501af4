using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>Suspending and reinstating a member through the registry's API on the embedded profile: what the
/// member's record says, and what is refused.</summary>
public sealed class SuspensionTests : IDisposable
{
    private readonly AllianceHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task A_suspended_member_shows_who_suspended_it_and_why_until_it_is_reinstated()
    {
        var admin = host.ClientFor("member-admin");
        var id = await RegisterAsync(admin);

        var suspended = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "  已退出联盟（2026 年会员大会决议）  ", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        var member = await (await admin.GetAsync($"/api/alliance/members/{id}")).ReadJsonAsync();
        Assert.Equal("suspended", member.GetProperty("status").GetString());
        Assert.Equal("已退出联盟（2026 年会员大会决议）", member.GetProperty("suspendReason").GetString());
        Assert.Equal(AllianceHostFactory.Users["member-admin"].User, member.GetProperty("suspendedBy").GetString());
        Assert.Equal(JsonValueKind.String, member.GetProperty("suspendedAt").ValueKind);
        Assert.Equal(1, member.GetProperty("version").GetInt32());

        var reinstated = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/reinstate", new { expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        member = await reinstated.ReadJsonAsync();
        Assert.Equal("active", member.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("suspendedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, member.GetProperty("suspendReason").ValueKind);
        Assert.Equal(2, member.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Every_suspension_and_reinstatement_stays_on_the_members_record_newest_first()
    {
        var admin = host.ClientFor("member-admin");
        var coordinator = host.ClientFor("coordinator");
        var id = await RegisterAsync(admin);
        (await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "会费逾期未缴" })).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/alliance/members/{id}/reinstate", new { })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "已退出联盟" })).EnsureSuccessStatusCode();

        var member = await (await admin.GetAsync($"/api/alliance/members/{id}")).ReadJsonAsync();
        var history = member.GetProperty("statusHistory").EnumerateArray().ToList();
        Assert.Equal(["suspended", "active", "suspended"], history.Select(c => c.GetProperty("status").GetString()));
        Assert.Equal(["已退出联盟", null, "会费逾期未缴"], history.Select(c => c.GetProperty("reason").GetString()));
        Assert.Equal(
            [AllianceHostFactory.Users["member-admin"].User, AllianceHostFactory.Users["coordinator"].User, AllianceHostFactory.Users["member-admin"].User],
            history.Select(c => c.GetProperty("by").GetString()));
        var times = history.Select(c => c.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.Equal(member.GetProperty("suspendedAt").GetDateTimeOffset(), times[0]);

        // The list stays light: histories are on a single member's page only.
        var listed = (await (await admin.GetAsync("/api/alliance/members")).ReadJsonAsync()).GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        Assert.False(listed.TryGetProperty("statusHistory", out _));
    }

    [Fact]
    public async Task The_member_list_shows_each_members_status_and_filters_by_it()
    {
        var coordinator = host.ClientFor("coordinator");
        var leaving = await RegisterAsync(coordinator);
        var staying = await RegisterAsync(coordinator);
        (await coordinator.PostAsJsonAsync($"/api/alliance/members/{leaving}/suspend", new { reason = "会费逾期未缴" })).EnsureSuccessStatusCode();

        var all = await MemberIdsAsync(coordinator, "");
        Assert.Equal("suspended", all[leaving]);
        Assert.Equal("active", all[staying]);
        Assert.Equal([leaving], (await MemberIdsAsync(coordinator, "?status=suspended")).Keys);
        Assert.Equal([staying], (await MemberIdsAsync(coordinator, "?status=active")).Keys);

        var unknown = await coordinator.GetAsync("/api/alliance/members?status=expelled");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("status", (await unknown.ReadJsonAsync()).ErrorFields());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData(501)]
    public async Task A_suspension_without_a_reason_of_at_most_500_characters_is_refused_beside_the_reason(object? reason)
    {
        var admin = host.ClientFor("member-admin");
        var id = await RegisterAsync(admin);
        var text = reason is int length ? new string('退', length) : (string?)reason;

        var response = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = text, expectedVersion = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reason"], (await response.ReadJsonAsync()).ErrorFields());
        Assert.Equal("active", (await (await admin.GetAsync($"/api/alliance/members/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("suspend", "")]
    [InlineData("suspend", """{"reason": "未闭合""")]
    [InlineData("suspend", """{"reason": 5}""")]
    [InlineData("suspend", """{"reason": "退出", "expectedVersion": "latest"}""")]
    [InlineData("reinstate", """{"expectedVersion": """)]
    public async Task A_body_that_cannot_be_read_gets_a_400_problem(string action, string body)
    {
        var admin = host.ClientFor("member-admin");
        var id = await RegisterAsync(admin);

        var response = await admin.PostAsync($"/api/alliance/members/{id}/{action}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Suspending_twice_reinstating_an_active_member_and_a_stale_version_are_conflicts()
    {
        var admin = host.ClientFor("member-admin");
        var id = await RegisterAsync(admin);
        var notYetSuspended = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/reinstate", new { expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.Conflict, notYetSuspended.StatusCode);
        Assert.Contains("only a suspended member", await TitleAsync(notYetSuspended));

        (await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "暂停合作", expectedVersion = 0 })).EnsureSuccessStatusCode();
        var again = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "暂停合作", expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already suspended", await TitleAsync(again));

        var stale = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/reinstate", new { expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed meanwhile", await TitleAsync(stale));
        Assert.Equal("suspended", (await (await admin.GetAsync($"/api/alliance/members/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_unknown_member_is_not_found_and_an_enterprise_may_not_suspend()
    {
        var admin = host.ClientFor("member-admin");
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/alliance/members/{unknown}/suspend", new { reason = "退出" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/alliance/members/{unknown}/reinstate", new { })).StatusCode);

        var id = await RegisterAsync(admin);
        var enterprise = host.ClientFor("enterprise");
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "退出" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync($"/api/alliance/members/{id}/reinstate", new { })).StatusCode);
        Assert.Equal("active", (await (await admin.GetAsync($"/api/alliance/members/{id}")).ReadJsonAsync()).GetProperty("status").GetString());
    }

    private static async Task<Guid> RegisterAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/alliance/members", Registrations.Webhook("https://hooks.example.org/huli", "software"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>The listed members' statuses by id.</summary>
    private static async Task<Dictionary<Guid, string>> MemberIdsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/alliance/members{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetGuid(), m => m.GetProperty("status").GetString()!);
    }

    private static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.ReadJsonAsync()).GetProperty("title").GetString()!;
}
