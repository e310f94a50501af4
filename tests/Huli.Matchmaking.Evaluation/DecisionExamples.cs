using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huli.Matchmaking.Evaluation;

/// <summary>Coordinators' decisions stored by the Matcher as labelled examples: a confirmed pairing is grade 2, a
/// rejected one grade 0, compared within the same need. They are read where the Matcher keeps them: the embedded
/// profile's SQLite file (data/matcher.db), or the distributed profile's PostgreSQL database.</summary>
public static class DecisionExamples
{
    /// <summary>The source that names the distributed Matcher's database: the server is
    /// <c>ConnectionStrings__Postgres</c> from the environment, as the service reads it, so no password ever sits
    /// on a command line; the database is <c>Huli__DatabasePrefix</c> (default <c>huli_</c>) + <c>matcher</c>.</summary>
    public const string Postgres = "postgres";

    /// <summary>A SQLite file's path, or <see cref="Postgres"/>.</summary>
    public static List<LabelledCandidate> Read(string source) =>
        source == Postgres ? FromPostgres(MatcherDatabase(Environment.GetEnvironmentVariable)) : FromSqlite(source);

    public static List<LabelledCandidate> FromSqlite(string databaseFile)
    {
        var options = new DbContextOptionsBuilder<MatcherDbContext>().UseSqlite($"Data Source={databaseFile};Mode=ReadOnly").Options;
        try
        {
            return Examples(options);
        }
        catch (SqliteException older) when (older.SqliteErrorCode == SqliteError)
        {
            return NoneReadable(databaseFile, older);
        }
    }

    public static List<LabelledCandidate> FromPostgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<MatcherDbContext>().UseNpgsql(connectionString).Options;
        try
        {
            return Examples(options);
        }
        catch (PostgresException older) when (older.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn)
        {
            return NoneReadable(new NpgsqlConnectionStringBuilder(connectionString).Database ?? "the Matcher's database", older);
        }
    }

    /// <summary>The distributed Matcher's database, from the same settings the service reads.</summary>
    public static string MatcherDatabase(Func<string, string?> environment)
    {
        var server = environment("ConnectionStrings__Postgres") is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException(
                "DECISIONS=postgres reads the distributed Matcher's database: set ConnectionStrings__Postgres (the server, as the services use it) and, if not huli_, Huli__DatabasePrefix.");
        var prefix = environment("Huli__DatabasePrefix") is { Length: > 0 } given ? given : "huli_";
        return new NpgsqlConnectionStringBuilder(server) { Database = prefix + "matcher" }.ConnectionString;
    }

    private static List<LabelledCandidate> Examples(DbContextOptions<MatcherDbContext> options)
    {
        using var db = new MatcherDbContext(options);
        return db.Decisions.AsNoTracking().AsEnumerable()
            .Where(d => d.Features.Count == RankingFeatures.Count)
            .Select(d => new LabelledCandidate($"decisions/{d.NeedId}", [.. d.Features], d.Confirmed ? 2 : 0, d.Language))
            .ToList();
    }

    /// <summary>A database from before the Matcher stored decisions as they are now (the schema has no
    /// migrations: a table or column is missing) holds none to learn from, which is no reason to refuse the dev
    /// sets.</summary>
    private static List<LabelledCandidate> NoneReadable(string database, Exception why)
    {
        Console.Error.WriteLine($"{database} has no stored decisions this version can read ({why.Message}); training on the dev sets only.");
        return [];
    }

    /// <summary>SQLITE_ERROR: SQLite's answer to a missing table or column, among other errors in a statement.</summary>
    private const int SqliteError = 1;
}
