using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>A bus member as the registration answered it, with the credentials shown that one time.</summary>
public sealed record BusMember(Guid Id, string Code, string User, string Password, string Queue, string VirtualHost)
{
    public static async Task<BusMember> RegisterAsync(HttpClient admin, string name, params string[] fields)
    {
        var response = await admin.PostAsJsonAsync("/api/alliance/members", Registrations.Bus(name, fields));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var member = await response.ReadJsonAsync();
        var bus = member.GetProperty("bus");
        return new BusMember(
            member.GetProperty("id").GetGuid(),
            member.GetProperty("code").GetString()!,
            bus.GetProperty("user").GetString()!,
            bus.GetProperty("password").GetString()!,
            bus.GetProperty("queue").GetString()!,
            bus.GetProperty("virtualHost").GetString()!);
    }
}
