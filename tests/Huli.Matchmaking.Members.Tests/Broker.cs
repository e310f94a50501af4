using System.Text.Json;
using Npgsql;
using RabbitMQ.Client;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>The RabbitMQ and PostgreSQL that deploy/local started, and one test run's share of them: its own
/// virtual host, members' exchange, user and queue names, and database. Missing servers fail the test with a clear
/// message; a broker test never skips.</summary>
public sealed class Broker : IAsyncDisposable
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private TestVirtualHost vhost = null!;

    private Broker()
    {
    }

    public static string Postgres => Required("HULI_POSTGRES");

    /// <summary>The system's login on this run's virtual host.</summary>
    public string RabbitMqUrl => vhost.Url;

    public string VirtualHost => vhost.Name;

    public string Exchange => $"huli.members.test-{run}";

    public string NamePrefix => $"huli-member-t{run}-";

    private string DatabasePrefix => $"huli_members_{run}_";

    public static async Task<Broker> StartAsync()
    {
        var broker = new Broker();
        broker.vhost = await TestVirtualHost.CreateAsync(Required("HULI_RABBITMQ_URL"), broker.run);
        return broker;
    }

    /// <summary>The Alliance's settings for this run: distributed, bus delivery to members on.</summary>
    public IReadOnlyDictionary<string, string?> AllianceSettings => new Dictionary<string, string?>
    {
        ["Huli:Profile"] = "distributed",
        ["Huli:DatabasePrefix"] = DatabasePrefix,
        ["Huli:Bus:EndpointPrefix"] = $"members-{run}",
        ["Huli:Bus:TemporaryQueues"] = "true",
        ["Huli:Members:Exchange"] = Exchange,
        ["Huli:Members:NamePrefix"] = NamePrefix,
        ["ConnectionStrings:RabbitMq"] = RabbitMqUrl,
        ["ConnectionStrings:Postgres"] = Postgres,
    };

    /// <summary>A connection as a member would open it: the broker's address with the member's own login.</summary>
    public Task<IConnection> ConnectAsAsync(string user, string password) => ConnectAsAsync(VirtualHost, user, password);

    /// <summary>A connection as the member opens it, with what its registration answered.</summary>
    public static Task<IConnection> ConnectAsAsync(BusMember member) => ConnectAsAsync(member.VirtualHost, member.User, member.Password);

    /// <summary>The broker's address without the system's login, as a member is told it.</summary>
    public Uri Address => new UriBuilder(new Uri(RabbitMqUrl)) { UserName = "", Password = "" }.Uri;

    /// <summary>Removes the run's member users, its virtual host (and with it every queue and exchange of the run)
    /// and its database.</summary>
    public async ValueTask DisposeAsync()
    {
        var users = JsonDocument.Parse(await vhost.Management.GetStringAsync("users")).RootElement
            .EnumerateArray().Select(e => e.GetProperty("name").GetString()!).Where(n => n.StartsWith(NamePrefix, StringComparison.Ordinal));
        foreach (var user in users)
        {
            using var _ = await vhost.Management.DeleteAsync($"users/{Uri.EscapeDataString(user)}");
        }

        await vhost.DisposeAsync();
        await using var connection = new NpgsqlConnection($"{Postgres.TrimEnd(';')};Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabasePrefix}alliance\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static Task<IConnection> ConnectAsAsync(string virtualHost, string user, string password)
    {
        var system = new Uri(Required("HULI_RABBITMQ_URL"));
        var factory = new ConnectionFactory
        {
            HostName = system.Host,
            Port = system.Port,
            VirtualHost = virtualHost,
            UserName = user,
            Password = password,
        };
        return factory.CreateConnectionAsync();
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Start the servers with `make servers` and load /var/lib/huli-matchmaking/local.env, or run `make test`, which does both.");
}
