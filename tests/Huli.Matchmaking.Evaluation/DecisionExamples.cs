using Huli.Matchmaking.Matcher.Data;
using Huli.Matchmaking.Matcher.Ranking.Features;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Evaluation;

/// <summary>Coordinators' decisions stored by the Matcher (embedded profile: data/matcher.db) as labelled
/// examples: a confirmed pairing is grade 2, a rejected one grade 0, compared within the same need.</summary>
public static class DecisionExamples
{
    public static List<LabelledCandidate> Read(string databaseFile)
    {
        var options = new DbContextOptionsBuilder<MatcherDbContext>().UseSqlite($"Data Source={databaseFile};Mode=ReadOnly").Options;
        using var db = new MatcherDbContext(options);
        try
        {
            return db.Decisions.AsNoTracking().AsEnumerable()
                .Where(d => d.Features.Count == RankingFeatures.Count)
                .Select(d => new LabelledCandidate($"decisions/{d.NeedId}", [.. d.Features], d.Confirmed ? 2 : 0, d.Language))
                .ToList();
        }
        catch (SqliteException older) when (older.SqliteErrorCode == SqliteError)
        {
            // A data folder from before the Matcher stored decisions as they are now (the schema has no migrations:
            // a table or column is missing): it holds none to learn from, which is no reason to refuse the dev sets.
            Console.Error.WriteLine($"{databaseFile} has no stored decisions this version can read ({older.Message}); training on the dev sets only.");
            return [];
        }
    }

    /// <summary>SQLITE_ERROR: SQLite's answer to a missing table or column, among other errors in a statement.</summary>
    private const int SqliteError = 1;
}
