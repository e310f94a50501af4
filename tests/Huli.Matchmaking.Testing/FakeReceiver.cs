using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Testing;

/// <summary>A member's webhook receiver on loopback (real Kestrel, real HTTP), answering with the statuses it is
/// told to, in order, then with <see cref="Otherwise"/>.</summary>
public sealed class FakeReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> planned = new();

    private FakeReceiver(WebApplication app) => this.app = app;

    public sealed record Post(string Body, string? Signature, string? Timestamp, string? Delivery, int Answered);

    public ConcurrentQueue<Post> Posts { get; } = new();

    public int Otherwise { get; set; } = StatusCodes.Status200OK;

    public string Url { get; private set; } = "";

    public IEnumerable<Post> Accepted => Posts.Where(p => p.Answered < 300);

    public static async Task<FakeReceiver> StartAsync(params int[] firstAnswers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new FakeReceiver(app);
        foreach (var answer in firstAnswers)
        {
            receiver.planned.Enqueue(answer);
        }

        app.MapPost("/huli/pairings", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var status = receiver.planned.TryDequeue(out var next) ? next : receiver.Otherwise;
            receiver.Posts.Enqueue(new Post(
                body, request.Headers["X-Huli-Signature"], request.Headers["X-Huli-Timestamp"], request.Headers["X-Huli-Delivery"], status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = $"{address}/huli/pairings";
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
