using Huli.Matchmaking.Evaluation;
using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huli.Matchmaking.Matcher.Tests.Evaluation;

/// <summary>Retraining reads coordinators' decisions where the distributed Matcher stores them: PostgreSQL, on the
/// server deploy/local started.</summary>
public sealed class DecisionExamplesTests
{
    [Fact]
    public async Task Decisions_stored_in_the_distributed_Matchers_database_become_labelled_examples()
    {
        var connection = new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = $"huli_test_decisions_{Guid.NewGuid():N}" }.ConnectionString;
        var options = new DbContextOptionsBuilder<MatcherDbContext>().UseNpgsql(connection).Options;
        await using var db = new MatcherDbContext(options);
        await db.Database.EnsureCreatedAsync();
        try
        {
            var need = Guid.NewGuid();
            db.Decisions.AddRange(
                Decision(need, confirmed: true, "zh", RankingFeatures.Count),
                Decision(need, confirmed: false, "zh", RankingFeatures.Count),
                // A vector of an older feature list cannot train today's model.
                Decision(Guid.NewGuid(), confirmed: true, "en", RankingFeatures.Count - 1));
            await db.SaveChangesAsync();

            var examples = DecisionExamples.FromPostgres(connection);

            Assert.Equal(2, examples.Count);
            Assert.All(examples, e => Assert.Equal($"decisions/{need}", e.Group));
            Assert.Equal([0, 2], examples.Select(e => e.Grade).Order());
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    [Fact]
    public void The_distributed_Matchers_database_is_named_as_the_service_names_it()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=5432;Username=huli;Password=pw",
            ["Huli__DatabasePrefix"] = "district_",
        };

        var connection = new NpgsqlConnectionStringBuilder(DecisionExamples.MatcherDatabase(name => settings.GetValueOrDefault(name)));

        Assert.Equal(("127.0.0.1", "district_matcher", "huli"), (connection.Host, connection.Database, connection.Username));
        Assert.Equal("huli_matcher", new NpgsqlConnectionStringBuilder(
            DecisionExamples.MatcherDatabase(name => name == "ConnectionStrings__Postgres" ? settings[name] : null)).Database);
        Assert.Contains("ConnectionStrings__Postgres", Assert.Throws<InvalidOperationException>(() => DecisionExamples.MatcherDatabase(_ => null)).Message);
    }

    private static DecidedPairing Decision(Guid need, bool confirmed, string language, int features) => new()
    {
        NeedId = need,
        ResultId = Guid.NewGuid(),
        Confirmed = confirmed,
        Language = language,
        Features = [.. Enumerable.Range(0, features).Select(i => i / 10.0)],
        DecidedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The server deploy/local started; a missing one fails the test, it never skips.</summary>
    private static string PostgresServer() =>
        Environment.GetEnvironmentVariable("HULI_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("HULI_POSTGRES is not set. Start the servers with `make servers` and load /var/lib/huli-matchmaking/local.env, or run `make test`.");
}
