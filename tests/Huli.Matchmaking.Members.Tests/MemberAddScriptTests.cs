using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>deploy/rabbitmq/member-add.sh, as an operator runs it on the broker's host (root, rabbitmqctl): the
/// member it creates reads what is routed to its fields and nothing else.</summary>
public sealed class MemberAddScriptTests : IAsyncLifetime
{
    private readonly Broker broker = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await broker.DisposeAsync();

    [Fact]
    public async Task The_script_gives_a_member_its_fields_and_nothing_more()
    {
        var code = "m" + Guid.NewGuid().ToString("N")[..10];
        var login = await RunScriptAsync(code, "software", "new-energy");
        Assert.Equal(broker.NamePrefix + code, login["user"]);

        // Changing the fields rebinds: software stays, new-energy goes, smart-equipment comes.
        login = await RunScriptAsync(code, "software", "smart-equipment");

        await using var system = await new ConnectionFactory { Uri = new Uri(Broker.RabbitMqUrl) }.CreateConnectionAsync();
        await using (var publisher = await system.CreateChannelAsync())
        {
            foreach (var field in new[] { "software", "new-energy", "smart-equipment", "medical-devices" })
            {
                await publisher.BasicPublishAsync(broker.Exchange, $"{field}.{code}", Encoding.UTF8.GetBytes(field));
            }
        }

        await using var member = await Broker.ConnectAsAsync(login["user"], login["password"]);
        await using var channel = await member.CreateChannelAsync();
        var received = new List<string>();
        await Eventually.TrueAsync(
            async () =>
            {
                while (await channel.BasicGetAsync(login["queue"], autoAck: true) is { } delivery)
                {
                    received.Add(Encoding.UTF8.GetString(delivery.Body.Span));
                }

                return received.Count >= 2;
            },
            "the member's two fields to arrive");
        Assert.Equal(["smart-equipment", "software"], received.Order());

        await channel.BasicPublishAsync(broker.Exchange, $"software.{code}", Encoding.UTF8.GetBytes("forged"));
        await Assert.ThrowsAnyAsync<Exception>(() => channel.QueueDeclarePassiveAsync(login["queue"]));
        Assert.Equal(403, channel.CloseReason!.ReplyCode);
    }

    private async Task<Dictionary<string, string>> RunScriptAsync(string code, params string[] fields)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(RepositoryRoot(), "deploy", "rabbitmq", "member-add.sh"), "-e", broker.Exchange, "-n", broker.NamePrefix, code },
        };
        foreach (var field in fields)
        {
            start.ArgumentList.Add(field);
        }

        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, $"member-add.sh failed ({script.ExitCode}): {await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Huli.Matchmaking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the tests from a checkout of Huli.Matchmaking.");
    }
}
