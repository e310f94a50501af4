using Huli.Matchmaking.Alliance;
using Huli.Matchmaking.Alliance.Features;
using Huli.Matchmaking.Host.Demo;
using Huli.Matchmaking.Matcher;
using Huli.Matchmaking.Matcher.Features;
using Huli.Matchmaking.Needs;
using Huli.Matchmaking.Needs.Features;
using Huli.Matchmaking.Results;
using Huli.Matchmaking.Results.Features;
using Huli.Matchmaking.Results.Features.Feeds;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.WebConsole;

namespace Huli.Matchmaking.Host;

/// <summary>The embedded profile: all four services in one process on one in-memory bus. Configuration alone
/// (<c>Huli:Profile=distributed</c>) moves the same composition onto RabbitMQ and PostgreSQL.</summary>
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddDemo();
        builder.AddResultsService();
        builder.AddNeedsService();
        builder.AddMatcherService();
        builder.AddAllianceService();
        builder.AddMessageBus();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapResultsEndpoints();
        app.MapResultFeedEndpoints();
        app.MapNeedsEndpoints();
        app.MapMatcherEndpoints();
        app.MapAllianceEndpoints();
        app.MapDemoEndpoints();
        app.MapWebConsole();
        app.Run();
    }
}
