using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>On the distributed profile the console, served by the Alliance, calls the other services at the
/// addresses it is given: they accept its origin, with the bearer header, and no other.</summary>
public sealed class DistributedConsoleTests : IAsyncLifetime
{
    private const string ConsoleOrigin = "http://console.example:5084";
    private const string NeedsApi = "http://needs.example:5082";

    private readonly ConsoleHost host = new(new Dictionary<string, string?>
    {
        ["Huli:Console:Origins:0"] = ConsoleOrigin,
        ["Huli:Console:Apis:Needs"] = NeedsApi,
    });

    [Fact]
    public async Task The_console_is_told_where_each_api_is()
    {
        using var client = new HttpClient { BaseAddress = host.Address };
        var apis = (await client.GetFromJsonAsync<JsonNode>("/console/settings.json"))!["apis"]!;
        Assert.Equal(NeedsApi, apis["needs"]!.GetValue<string>());
        Assert.Equal("", apis["results"]!.GetValue<string>());
    }

    public Task InitializeAsync()
    {
        host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(ConsoleOrigin, true)]
    [InlineData("http://elsewhere.example", false)]
    public async Task A_preflight_from_the_console_origin_is_allowed_and_from_elsewhere_not(string origin, bool allowed)
    {
        using var client = new HttpClient { BaseAddress = host.Address };
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/needs");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await client.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
