using Huli.Matchmaking.Needs.Features.Posting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using NeedsMediator = Huli.Matchmaking.Needs.Mediation.Mediator;
using ResultsMediator = Huli.Matchmaking.Results.Mediation.Mediator;

namespace Huli.Matchmaking.Host.Demo;

/// <summary>Lists the demo results and posts the demo needs through the same commands the API sends, once the
/// host has started. Each record carries an external id, so a restart finds them and adds nothing.</summary>
internal sealed partial class DemoSeeder(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IServer server,
    DemoSet demo,
    DemoUsersFile usersFile,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var results = scope.ServiceProvider.GetRequiredService<ResultsMediator>();
        var needs = scope.ServiceProvider.GetRequiredService<NeedsMediator>();
        var added = 0;
        foreach (var r in demo.Results)
        {
            var input = new ResultInput(r.Title, r.Abstract, r.Keywords, r.Fields, r.Trl, r.Institute, r.ExternalId);
            var outcome = await results.Send(new CreateResult(input, Caller.System(r.Institute, Roles.Institute)), stoppingToken);
            added += outcome is { Kind: OutcomeKind.Ok, Value.Created: true } ? 1 : 0;
        }

        foreach (var n in demo.Needs)
        {
            var input = new NeedInput(n.Title, n.Description, n.Keywords, n.Fields, n.Confidentiality, n.Enterprise, n.ExternalId);
            var outcome = await needs.Send(new PostNeed(input, Caller.System(n.Enterprise, Roles.Enterprise)), stoppingToken);
            added += outcome is { Kind: OutcomeKind.Ok, Value.Created: true } ? 1 : 0;
        }

        LogSeeded(logger, added, demo.Results.Count + demo.Needs.Count);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no address)";
        Console.WriteLine($"""

            Huli.Matchmaking is running (embedded profile) at {address}
              Web console:      {address}/   (sign in as a demo user: names and passwords in the file below)
              API map:          {address}/api
              Health:           {address}/health
              Demo users:       {usersFile.ShellPath}  (names, passwords, keys; source it for the README's curl session)

            """);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo set: {Added} of {Total} records added (the rest were already there)")]
    private static partial void LogSeeded(ILogger logger, int added, int total);
}
