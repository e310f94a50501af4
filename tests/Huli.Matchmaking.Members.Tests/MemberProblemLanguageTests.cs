using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>The registry's own refusals speak the caller's language like every other problem: Chinese unless
/// English is asked for (the test clients ask for English; <c>?lang=zh</c> overrides that).</summary>
public sealed class MemberProblemLanguageTests : IDisposable
{
    private readonly AllianceHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task A_bus_member_on_the_embedded_profile_is_refused_in_chinese_or_english()
    {
        var admin = host.ClientFor("member-admin");
        var bus = Registrations.Bus("厦门市创新创业投资基金", "software");

        var chinese = await (await admin.PostAsJsonAsync("/api/alliance/members?lang=zh", bus)).ReadJsonAsync();
        var english = await (await admin.PostAsJsonAsync("/api/alliance/members", bus)).ReadJsonAsync();

        Assert.Contains("请改用 Webhook 登记", FieldError(chinese, "delivery"));
        Assert.Contains("register a webhook instead", FieldError(english, "delivery"));
    }

    [Fact]
    public async Task Suspending_a_suspended_member_is_a_conflict_told_in_the_callers_language()
    {
        var admin = host.ClientFor("member-admin");
        var registered = await admin.PostAsJsonAsync("/api/alliance/members", Registrations.Webhook("https://hooks.example.org/huli", "software"));
        var id = (await registered.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "会费逾期未缴" })).EnsureSuccessStatusCode();

        var again = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend?lang=zh", new { reason = "重复操作" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已被暂停", Problem(await again.ReadJsonAsync()));
        var english = await admin.PostAsJsonAsync($"/api/alliance/members/{id}/suspend", new { reason = "again" });
        Assert.Contains("already suspended", Problem(await english.ReadJsonAsync()));
    }

    private static string FieldError(JsonElement problem, string field) =>
        string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));

    private static string Problem(JsonElement problem) =>
        $"{problem.GetProperty("title").GetString()} {(problem.TryGetProperty("detail", out var detail) ? detail.GetString() : "")}";
}
