using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.Services.Tests;

internal static class Json
{
    public static async Task<JsonNode> ReadNodeAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, JsonSerializerOptions.Web);

    public static async Task<Guid> CreateAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadNodeAsync())["id"]!.GetValue<Guid>();
    }
}
