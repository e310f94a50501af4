using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>deploy/rabbitmq/member-add.sh and member-suspend.sh, as an operator runs them on the broker's host (root, rabbitmqctl): the
/// member it creates reads what is routed to its fields and nothing else.</summary>
public sealed class MemberAddScriptTests : IAsyncLifetime
{
    private Broker broker = null!;

    public async Task InitializeAsync() => broker = await Broker.StartAsync();

    public async Task DisposeAsync() => await broker.DisposeAsync();

    [Fact]
    public async Task The_script_gives_a_member_its_fields_and_nothing_more()
    {
        var code = "m" + Guid.NewGuid().ToString("N")[..10];
        var login = await MemberAddAsync(code, "software", "new-energy");
        Assert.Equal(broker.NamePrefix + code, login["user"]);

        // Changing the fields rebinds: software stays, new-energy goes, smart-equipment comes.
        login = await MemberAddAsync(code, "software", "smart-equipment");

        await using var system = await new ConnectionFactory { Uri = new Uri(broker.RabbitMqUrl) }.CreateConnectionAsync();
        await using (var publisher = await system.CreateChannelAsync())
        {
            foreach (var field in new[] { "software", "new-energy", "smart-equipment", "medical-devices" })
            {
                await publisher.BasicPublishAsync(broker.Exchange, $"{field}.{code}", Encoding.UTF8.GetBytes(field));
            }
        }

        await using var member = await broker.ConnectAsAsync(login["user"], login["password"]);
        await using var channel = await member.CreateChannelAsync();
        var received = await ReceiveAsync(channel, login["queue"], 2);
        Assert.Equal(["smart-equipment", "software"], received.Order());

        await channel.BasicPublishAsync(broker.Exchange, $"software.{code}", Encoding.UTF8.GetBytes("forged"));
        await Assert.ThrowsAnyAsync<Exception>(() => channel.QueueDeclarePassiveAsync(login["queue"]));
        Assert.Equal(403, channel.CloseReason!.ReplyCode);
    }

    [Fact]
    public async Task The_suspend_script_cuts_the_member_off_and_nothing_is_queued_for_it_meanwhile()
    {
        var code = "m" + Guid.NewGuid().ToString("N")[..10];
        var login = await MemberAddAsync(code, "software");
        await using var running = await broker.ConnectAsAsync(login["user"], login["password"]);
        await using var reading = await running.CreateChannelAsync();
        await reading.QueueDeclarePassiveAsync(login["queue"]);

        var suspended = await RunScriptAsync("member-suspend.sh", null, code);
        Assert.Equal(login["user"], suspended["suspended"]);
        await Eventually.TrueAsync(() => Task.FromResult(!running.IsOpen), "the member's open connection to be closed");
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var again = await broker.ConnectAsAsync(login["user"], login["password"]);
            await using var channel = await again.CreateChannelAsync();
        });
        Assert.Contains("refused", refused.ToString());

        await using var system = await new ConnectionFactory { Uri = new Uri(broker.RabbitMqUrl) }.CreateConnectionAsync();
        await using var publisher = await system.CreateChannelAsync();
        await publisher.BasicPublishAsync(broker.Exchange, $"software.{code}", Encoding.UTF8.GetBytes("while suspended"));

        // Back with member-add.sh and the same password, as its operator would.
        await RunScriptAsync("member-add.sh", login["password"], code, "software");
        await publisher.BasicPublishAsync(broker.Exchange, $"software.{code}", Encoding.UTF8.GetBytes("after"));
        await using var member = await broker.ConnectAsAsync(login["user"], login["password"]);
        await using var back = await member.CreateChannelAsync();
        Assert.Equal(["after"], await ReceiveAsync(back, login["queue"], 1));
    }

    /// <summary>Waits for <paramref name="count"/> messages on the queue and answers their bodies.</summary>
    private static async Task<List<string>> ReceiveAsync(IChannel channel, string queue, int count)
    {
        var received = new List<string>();
        await Eventually.TrueAsync(
            async () =>
            {
                while (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
                {
                    received.Add(Encoding.UTF8.GetString(delivery.Body.Span));
                }

                return received.Count >= count;
            },
            $"{count} messages on {queue}");
        return received;
    }

    private Task<Dictionary<string, string>> MemberAddAsync(string code, params string[] fields) =>
        RunScriptAsync("member-add.sh", null, [code, .. fields]);

    /// <param name="password">The member's password for member-add.sh to keep, or null to have one generated.</param>
    private async Task<Dictionary<string, string>> RunScriptAsync(string scriptName, string? password, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(RepositoryRoot(), "deploy", "rabbitmq", scriptName), "-p", broker.VirtualHost, "-e", broker.Exchange, "-n", broker.NamePrefix },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (password is not null)
        {
            start.Environment["MEMBER_PASSWORD"] = password;
        }

        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, $"{scriptName} failed ({script.ExitCode}): {await errors}");
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
