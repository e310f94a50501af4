using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.EndToEnd.Tests;

internal static class Api
{
    public static HttpClient Client(Uri address, string key)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);

        // The API answers in Chinese unless asked; the tests assert the English wording.
        client.DefaultRequestHeaders.AcceptLanguage.Add(new("en"));
        return client;
    }

    public static async Task<JsonNode> SendJsonAsync(this HttpClient client, string url, object? body)
    {
        var response = body is null ? await client.PostAsync(url, null) : await client.PostAsJsonAsync(url, body, JsonSerializerOptions.Web);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode?> GetOrNullAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
    }

    /// <summary>Polls until a flow across processes reaches a state; the limit only bounds a broken run.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, int seconds = 90)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Gave up waiting for {what}.");
    }
}
