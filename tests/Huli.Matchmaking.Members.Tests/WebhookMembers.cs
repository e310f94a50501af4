using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>A webhook member as the tests drive it: registered by the member admin, its deliveries listed, and
/// a post's signature as the member would compute it.</summary>
internal static class WebhookMembers
{
    public static async Task<(Guid Id, string Secret)> RegisterAsync(AllianceHostFactory host, string url, string field)
    {
        var response = await host.ClientFor("member-admin").PostAsJsonAsync("/api/alliance/members", Registrations.Webhook(url, field));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var member = await response.ReadJsonAsync();
        return (member.GetProperty("id").GetGuid(), member.GetProperty("webhookSecret").GetString()!);
    }

    public static async Task<JsonElement> DeliveriesAsync(HttpClient admin, Guid memberId, string status)
    {
        var response = await admin.GetAsync($"/api/alliance/members/{memberId}/deliveries?status={status}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("deliveries");
    }

    /// <summary>The signature a receiver expects for a post, from its secret, timestamp and body.</summary>
    public static string Signature(string secret, FakeReceiver.Post post) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{post.Timestamp}.{post.Body}")));
}
