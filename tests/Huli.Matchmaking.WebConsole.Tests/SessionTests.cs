using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Huli.Matchmaking.WebConsole.Tests;

/// <summary>Signing in with a password answers the user's access key, which then works as the bearer token.</summary>
public sealed class SessionTests(SessionTests.Fixture fixture) : IClassFixture<SessionTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ConsoleHost Host { get; } = new();

        public Task InitializeAsync()
        {
            Host.Start();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private HttpClient Anonymous() => new HttpClient { BaseAddress = fixture.Host.Address }.AskingForEnglish();

    [Fact]
    public async Task The_right_password_answers_the_key_and_the_key_answers_who_is_signed_in()
    {
        var user = ConsoleHost.Institute;
        var response = await Anonymous().PostAsJsonAsync("/api/session", new { user = user.Name, password = user.Password });
        var session = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(user.Key, session!["accessKey"]!.GetValue<string>());
        Assert.Equal("institute", session["role"]!.GetValue<string>());

        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session["accessKey"]!.GetValue<string>());
        var me = await client.GetFromJsonAsync<JsonNode>("/api/session");
        Assert.Equal(user.Name, me!["user"]!.GetValue<string>());
        Assert.Equal(user.Organisation, me["organisation"]!.GetValue<string>());
        Assert.Null(me["accessKey"]);
    }

    [Theory]
    [InlineData("yuansuo.test", "wrong password")]
    [InlineData("nobody.here", "any password")]
    public async Task A_wrong_password_or_unknown_user_gets_the_same_401_problem(string user, string password)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/session", new { user, password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Unknown user or wrong password.", (await response.Content.ReadFromJsonAsync<JsonNode>())!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_fields_get_field_errors()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/session", new { user = " " });
        var errors = (await response.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!.AsObject();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["password", "user"], errors.Select(e => e.Key).Order());
    }

    [Fact]
    public async Task Who_is_signed_in_needs_a_key()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task The_console_page_and_its_scripts_are_served_to_anyone()
    {
        var page = await Anonymous().GetAsync("/");
        var script = await Anonymous().GetAsync("/console/js/main.js");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/console/js/main.js", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);

        var again = new HttpRequestMessage(HttpMethod.Get, "/console/js/main.js");
        again.Headers.IfNoneMatch.Add(script.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await Anonymous().SendAsync(again)).StatusCode);
    }
}
