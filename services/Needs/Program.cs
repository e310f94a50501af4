using Huli.Matchmaking.Needs.Features;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;

namespace Huli.Matchmaking.Needs;

/// <summary>The Needs service on its own, as the distributed profile runs it.</summary>
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddNeedsService();
        builder.AddMessageBus();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapNeedsEndpoints();
        app.Run();
    }
}
