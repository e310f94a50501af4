namespace Huli.Matchmaking.ServiceDefaults.Hosting;

/// <summary>The settings every service reads from the <c>Huli</c> configuration section.</summary>
public sealed class HuliOptions
{
    public const string SectionName = "Huli";

    /// <summary><c>embedded</c> (in-memory bus, SQLite, Lucene under <see cref="DataPath"/>) or
    /// <c>distributed</c> (RabbitMQ and PostgreSQL).</summary>
    public string Profile { get; set; } = Profiles.Embedded;

    public string DataPath { get; set; } = "data";

    /// <summary>Prepended to every PostgreSQL database name, so test runs on one server stay apart.</summary>
    public string DatabasePrefix { get; set; } = "huli_";

    public BusOptions Bus { get; set; } = new();

    public bool IsDistributed => string.Equals(Profile, Profiles.Distributed, StringComparison.OrdinalIgnoreCase);
}

public sealed class BusOptions
{
    /// <summary>Prepended to queue names; test runs use a unique one so they never share queues.</summary>
    public string EndpointPrefix { get; set; } = "";

    /// <summary>Queues disappear when their last consumer disconnects: for test runs against a shared broker.</summary>
    public bool TemporaryQueues { get; set; }

    /// <summary>Embedded profile only: at start, each outbox sends again what it published this long before its
    /// last publication, because the in-memory bus loses whatever it still held when the process stopped. Zero
    /// turns it off.</summary>
    public TimeSpan EmbeddedReplayWindow { get; set; } = TimeSpan.FromMinutes(30);
}

public static class Profiles
{
    public const string Embedded = "embedded";
    public const string Distributed = "distributed";
}
