using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>Webhook members as the member admin registers them and reads their deliveries.</summary>
internal static class WebhookMembers
{
    public static async Task<(Guid Id, string Secret)> RegisterAsync(AllianceHostFactory host, string url, string field)
    {
        var response = await host.ClientFor("member-admin").PostAsJsonAsync("/api/alliance/members", Registrations.Webhook(url, field));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var member = await response.ReadJsonAsync();
        return (member.GetProperty("id").GetGuid(), member.GetProperty("webhookSecret").GetString()!);
    }

    /// <param name="status">One status's deliveries, or every delivery when empty.</param>
    public static async Task<JsonElement> DeliveriesAsync(HttpClient admin, Guid memberId, string status)
    {
        var response = await admin.GetAsync($"/api/alliance/members/{memberId}/deliveries{(status.Length > 0 ? $"?status={status}" : "")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("deliveries");
    }
}
