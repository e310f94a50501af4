using Huli.Matchmaking.Matcher.Features;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;

namespace Huli.Matchmaking.Matcher;

/// <summary>The Matcher service on its own, as the distributed profile runs it.</summary>
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddMatcherService();
        builder.AddMessageBus();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapMatcherEndpoints();
        app.Run();
    }
}
