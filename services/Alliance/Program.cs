using Huli.Matchmaking.Alliance.Features;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.WebConsole;

namespace Huli.Matchmaking.Alliance;

/// <summary>The Alliance service on its own, as the distributed profile runs it.</summary>
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddAllianceService();
        builder.AddMessageBus();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapAllianceEndpoints();
        app.MapWebConsole();
        app.Run();
    }
}
