using System.Net.Http.Headers;
using System.Text;
using Npgsql;
using RabbitMQ.Client;

namespace Huli.Matchmaking.Members.Tests;

/// <summary>The RabbitMQ and PostgreSQL that deploy/local started, and one test run's share of them: its own
/// members' exchange, user and queue names, and database. Missing servers fail the test with a clear message;
/// a broker test never skips.</summary>
public sealed class Broker : IAsyncDisposable
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    public static string RabbitMqUrl => Required("HULI_RABBITMQ_URL");

    public static string Postgres => Required("HULI_POSTGRES");

    public string Exchange => $"huli.members.test-{run}";

    public string NamePrefix => $"huli-member-t{run}-";

    private string DatabasePrefix => $"huli_members_{run}_";

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
    public static Task<IConnection> ConnectAsAsync(string user, string password)
    {
        var system = new Uri(RabbitMqUrl);
        var factory = new ConnectionFactory
        {
            HostName = system.Host,
            Port = system.Port,
            VirtualHost = Uri.UnescapeDataString(system.AbsolutePath.TrimStart('/')),
            UserName = user,
            Password = password,
        };
        return factory.CreateConnectionAsync();
    }

    /// <summary>The broker's address without the system's login, as a member is told it.</summary>
    public static Uri Address => new UriBuilder(new Uri(RabbitMqUrl)) { UserName = "", Password = "" }.Uri;

    /// <summary>Removes the run's member users, queues and exchanges, its members' exchange and its database.</summary>
    public async ValueTask DisposeAsync()
    {
        var system = new Uri(RabbitMqUrl);
        var vhost = Uri.EscapeDataString(Uri.UnescapeDataString(system.AbsolutePath.TrimStart('/')));
        using var management = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/api/") };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(system.UserInfo))));
        // Exchanges too: the member client's MassTransit declares one named like its queue.
        foreach (var kind in new[] { "users", $"queues/{vhost}", $"exchanges/{vhost}" })
        {
            var names = System.Text.Json.JsonDocument.Parse(await management.GetStringAsync(kind)).RootElement
                .EnumerateArray().Select(e => e.GetProperty("name").GetString()!).Where(n => n.StartsWith(NamePrefix, StringComparison.Ordinal));
            foreach (var name in names)
            {
                await management.DeleteAsync($"{kind}/{Uri.EscapeDataString(name)}");
            }
        }

        await management.DeleteAsync($"exchanges/{vhost}/{Uri.EscapeDataString(Exchange)}");
        await using var connection = new NpgsqlConnection($"{Postgres.TrimEnd(';')};Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabasePrefix}alliance\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Start the servers with `make servers` and load /var/lib/huli-matchmaking/local.env, or run `make test`, which does both.");
}
