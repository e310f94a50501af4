using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Huli.Matchmaking.Testing;

/// <summary>A RabbitMQ virtual host of one test run's own, on the broker deploy/local started, made and removed
/// through its management API. MassTransit names a message type's exchange after the type alone, so every host on
/// one virtual host receives every other host's events: test classes and test projects run side by side, and a
/// member's queue in one test took a need another test had published. Removing the virtual host removes every
/// queue and exchange the run declared with it; users are the broker's, not the virtual host's, and stay.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private TestVirtualHost(Uri system, string name)
    {
        Name = name;
        Url = new UriBuilder(system) { Path = "/" + Uri.EscapeDataString(name) }.Uri.ToString();
        Management = new HttpClient { BaseAddress = new Uri($"http://{system.Host}:15672/api/") };
        Management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(system.UserInfo))));
    }

    public string Name { get; }

    /// <summary>The system's AMQP address, with its login, on this virtual host.</summary>
    public string Url { get; }

    /// <summary>The system's management API, logged in; for what a test removes besides the virtual host.</summary>
    public HttpClient Management { get; }

    /// <summary>Makes "&lt;the system's virtual host&gt;-t&lt;run&gt;" and gives the system's user every
    /// permission on it, as deploy/local does for the shared one.</summary>
    public static async Task<TestVirtualHost> CreateAsync(string systemUrl, string run)
    {
        var system = new Uri(systemUrl);
        var user = Uri.UnescapeDataString(system.UserInfo.Split(':')[0]);
        var vhost = new TestVirtualHost(system, $"{Uri.UnescapeDataString(system.AbsolutePath.TrimStart('/'))}-t{run}");
        var escaped = Uri.EscapeDataString(vhost.Name);
        await vhost.PutAsync($"vhosts/{escaped}", new { description = "a test run's own; removed when it ends" });
        await vhost.PutAsync($"permissions/{escaped}/{Uri.EscapeDataString(user)}", new { configure = ".*", write = ".*", read = ".*" });
        return vhost;
    }

    public async ValueTask DisposeAsync()
    {
        // Best effort: a virtual host left behind holds only temporary queues that nothing reads.
        using var _ = await Management.DeleteAsync($"vhosts/{Uri.EscapeDataString(Name)}");
        Management.Dispose();
    }

    private async Task PutAsync(string path, object body)
    {
        using var response = await Management.PutAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"RabbitMQ's management API refused PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
