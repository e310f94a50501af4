using Huli.Matchmaking.Results.Features;
using Huli.Matchmaking.Results.Features.Feeds;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;

namespace Huli.Matchmaking.Results;

/// <summary>The Results service on its own, as the distributed profile runs it.</summary>
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddResultsService();
        builder.AddMessageBus();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapResultsEndpoints();
        app.MapResultFeedEndpoints();
        app.Run();
    }
}
