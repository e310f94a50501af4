namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>The RabbitMQ and PostgreSQL that deploy/local started. Missing servers fail the test with a clear
/// message: an integration test never skips silently.</summary>
internal static class Servers
{
    public static string RabbitMqUrl => Required("HULI_RABBITMQ_URL");

    public static string Postgres => Required("HULI_POSTGRES");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. Start the servers with `make servers` and load /var/lib/huli-matchmaking/local.env, or run `make test`, which does both.");
}
