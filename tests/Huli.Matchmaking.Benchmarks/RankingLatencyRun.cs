using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Explanations;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.TextAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>
/// Ranking latency on the embedded profile: the Matcher's ranking pipeline (registered as the service registers
/// it, over a Lucene index) holding the generated results, and the dev sets' 49 needs ranked again and again.
/// Each ranking is the service's whole job for one need: BM25 candidates, features, model, top 20 with reasons.
/// Plain BM25 top 20 over the same index, timed in the same run, is the base of the ratio.
/// </summary>
public sealed class RankingLatencyRun
{
    public const double TargetP99Milliseconds = 20;
    public const int Rounds = 10;
    public const int WarmUpRounds = 2;

    public int Results { get; private init; }

    public int Needs { get; private init; }

    public TimeSpan LoadTime { get; private init; }

    public Timings Ranking { get; private init; } = new();

    public Timings Bm25 { get; private init; } = new();

    public Timings Candidates { get; private init; } = new();

    /// <summary>The candidate query asking for top 20 only: the difference to the candidate stage is what loading
    /// 180 more hits through the search port costs.</summary>
    public Timings ShortCandidates { get; private init; } = new();

    public (double? Start, double? End) Load { get; private init; }

    /// <summary>How long the garbage collector paused the process during the rounds, and how often it ran
    /// (a collection of any generation counts once): pauses land in the wall times of whichever rankings they hit. Warm-up rounds included.</summary>
    public TimeSpan GcPause { get; private init; }

    public int GcCollections { get; private init; }

    /// <summary>Other work competed for the cores while the rankings ran.</summary>
    public bool Shared => Load.Start > 1.5 || Load.End > 1.5;

    public static async Task<RankingLatencyRun> RunAsync(BenchmarkCorpus corpus, int records, string dataPath, string indexFolder)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITextAnalyzer, ChineseEnglishAnalyzer>();
        services.AddSingleton<ISearchIndexFactory>(_ => new LuceneSearchIndexFactory(indexFolder));
        services.AddSearchResilience();
        services.AddMatcherRanking();
        await using var provider = services.BuildServiceProvider();
        var analyzer = provider.GetRequiredService<ProfileAnalyzer>();
        var catalog = provider.GetRequiredService<ResultCatalog>();
        var indexes = provider.GetRequiredService<MatchingIndexes>();
        var ranker = provider.GetRequiredService<NeedRanker>();

        var load = Stopwatch.StartNew();
        foreach (var chunk in corpus.ReadRecords(records).Chunk(5_000))
        {
            var profiles = chunk.AsParallel().AsOrdered().Select(r => Profile(r, analyzer)).ToList();
            profiles.ForEach(catalog.Upsert);
            await indexes.IndexResultsAsync(profiles, CancellationToken.None);
            Console.Write($"\rRanking latency: {catalog.Count:N0} results in the Matcher's catalog and index");
        }

        Console.WriteLine();
        load.Stop();
        var needs = DevNeeds(dataPath, analyzer);
        var ranking = new Timings();
        var bm25 = new Timings();
        var candidates = new Timings();
        var shortCandidates = new Timings();
        var loadAtStart = SystemLoad.OneMinute();
        var pausedBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = GC.CollectionCount(0);
        for (var round = 0; round < WarmUpRounds + Rounds; round++)
        {
            var timed = round >= WarmUpRounds;
            foreach (var need in needs)
            {
                var tokens = analyzer.QueryTokens(need.Tokens);
                await bm25.TimeAsync(timed, () => indexes.Results.SearchAsync(new SearchRequest(tokens, NeedRanker.TopCount)));
                await candidates.TimeAsync(timed, () => ranker.CandidatesAsync(need, NeedRanker.CandidateCount, CancellationToken.None));
                await shortCandidates.TimeAsync(timed, () => ranker.CandidatesAsync(need, NeedRanker.TopCount, CancellationToken.None));
                await ranking.TimeAsync(timed, async () =>
                {
                    foreach (var scored in await ranker.RankAsync(need, CancellationToken.None))
                    {
                        PairingExplainer.Explain(need, scored, ranker.ModelFor(need));
                        ranker.MatchedTerms(need, scored.Result);
                    }
                });
            }
        }

        return new RankingLatencyRun
        {
            GcPause = GC.GetTotalPauseDuration() - pausedBefore,
            GcCollections = GC.CollectionCount(0) - collectionsBefore,
            Results = catalog.Count,
            Needs = needs.Count,
            LoadTime = load.Elapsed,
            Ranking = ranking,
            Bm25 = bm25,
            Candidates = candidates,
            ShortCandidates = shortCandidates,
            Load = (loadAtStart, SystemLoad.OneMinute()),
        };
    }

    public string ToConsoleText() => string.Create(CultureInfo.InvariantCulture,
        $"Ranking latency over {Results:N0} results ({Needs} needs x {Rounds} rounds): two-stage p50 {Ranking.WallAt(0.5):F2} ms, "
        + $"p99 {Ranking.WallAt(0.99):F2} ms (target {TargetP99Milliseconds} ms), CPU p50 {Ranking.CpuAt(0.5):F2} ms, p99 {Ranking.CpuAt(0.99):F2} ms; "
        + $"plain BM25 p50 {Bm25.WallAt(0.5):F2} ms, p99 {Bm25.WallAt(0.99):F2} ms; candidate stage p50 {Candidates.WallAt(0.5):F2} ms; "
        + $"ratio at p99 {Ranking.WallAt(0.99) / Bm25.WallAt(0.99):F2} (CPU {Ranking.CpuAt(0.99) / Bm25.CpuAt(0.99):F2})");

    /// <summary>The needs of both dev sets, as the Matcher profiles a posted need.</summary>
    private static List<NeedProfile> DevNeeds(string dataPath, ProfileAnalyzer analyzer)
    {
        var needs = new List<NeedProfile>();
        foreach (var file in Directory.GetDirectories(dataPath).Select(d => Path.Combine(d, "queries.jsonl")).Where(File.Exists).Order())
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                var json = JsonDocument.Parse(line).RootElement;
                var title = json.GetProperty("title").GetString() ?? "";
                var text = json.GetProperty("text").GetString() ?? "";
                needs.Add(new NeedProfile(Guid.NewGuid(), title, analyzer.Analyse(title, [], text), [], DateOnly.FromDateTime(DateTime.UtcNow),
                    TrlMin: 4, TrlMax: 7, CooperationModes: [CooperationMode.JointDevelopment], BudgetMax: 50m, Language: RankingLanguage.Of(title, text)));
            }
        }

        return needs;
    }

    private static ResultProfile Profile(BenchmarkRecord record, ProfileAnalyzer analyzer) => new(
        Guid.NewGuid(),
        record.Title,
        record.Institute,
        analyzer.Analyse(record.Title, record.Keywords ?? [], record.Abstract),
        record.Fields ?? [],
        record.Trl,
        [.. (record.CooperationModes ?? []).Select(m => Enum.TryParse<CooperationMode>(m, ignoreCase: true, out var mode) ? mode : (CooperationMode?)null).OfType<CooperationMode>()],
        record.Region,
        record.PriceMin,
        record.PriceMax,
        DateOnly.TryParse(record.CompletedOn, CultureInfo.InvariantCulture, out var completed) ? completed : null);

    /// <summary>Rewrites (or appends) this run's own section of the benchmark report.</summary>
    public void WriteInto(string path, string command)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"## Ranking latency ({Results:N0} results)");
        var md = new StringBuilder();
        void Line(string text) => md.Append(text).Append('\n');
        Line(title);
        Line("");
        Line(string.Create(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz} with `{command}` on the embedded profile (Lucene), single-threaded."));
        Line("");
        Line("| | p50 | p99 | CPU p50 | CPU p99 | allocated | target |");
        Line("|---|---|---|---|---|---|---|");
        void Row(string what, Timings timings, string target = "") => Line(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {timings.WallAt(0.5):F2} ms | {timings.WallAt(0.99):F2} ms | {timings.CpuAt(0.5):F2} ms | {timings.CpuAt(0.99):F2} ms | {timings.AllocatedBytes / 1024:F0} KiB | {target} |"));
        Row($"two-stage ranking of one need (BM25 top {NeedRanker.CandidateCount}, features, model, top {NeedRanker.TopCount} with reasons)", Ranking, $"p99 ≤ {TargetP99Milliseconds} ms");
        Row($"of which the candidate stage alone (BM25 top {NeedRanker.CandidateCount} through the search port, ids only)", Candidates);
        Row($"the candidate query asking for the top {NeedRanker.TopCount} only", ShortCandidates);
        Row($"plain BM25 top {NeedRanker.TopCount}, same index, all the need's tokens, with matched terms", Bm25);
        Line(string.Create(CultureInfo.InvariantCulture,
            $"| ratio two-stage / plain BM25 | {Ranking.WallAt(0.5) / Bm25.WallAt(0.5):F2} | {Ranking.WallAt(0.99) / Bm25.WallAt(0.99):F2} | {Ranking.CpuAt(0.5) / Bm25.CpuAt(0.5):F2} | {Ranking.CpuAt(0.99) / Bm25.CpuAt(0.99):F2} | {Ranking.AllocatedBytes / Bm25.AllocatedBytes:F2} | |"));
        Line("");
        Line(string.Create(CultureInfo.InvariantCulture,
            $"{Needs} needs (the queries of every dev set under ../shared/data, with a TRL range, a cooperation mode and a budget so the profile features run) ranked {Rounds} times each after {WarmUpRounds} warm-up rounds: {Ranking.Count:N0} timings per row. Wall time is what a caller waits; CPU time is what the ranking thread itself used, which on a shared machine separates the code's cost from waiting for a core; allocated is the average a ranking allocated on its thread. "
            + $"The generated results were analysed into the Matcher's catalog and indexed in {LoadTime.TotalSeconds:F0} s before the clock. Need analysis is not timed: the Matcher analyses a need once when it is posted. "
            + $"The garbage collector ran {GcCollections} times during the rounds (warm-up included) and paused the process for {GcPause.TotalMilliseconds:F0} ms in all. One-minute load average {SystemLoad.Describe(Load.Start)} when the timing started and {SystemLoad.Describe(Load.End)} when it ended (2 cores; more than about 1 means other work shared the machine{(Shared ? ", as it did here: compare the CPU columns and the ratios, not the wall times, with other runs" : "")}). "
            + $"`make bench RANKING_ONLY=1` runs only this phase."));
        Sections.Replace(path, title, md.ToString());
    }
}

/// <summary>Replaces one "## " section of a Markdown file, or appends it.</summary>
internal static class Sections
{
    public static void Replace(string path, string heading, string section)
    {
        var lines = (File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "").Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        string text;
        if (start < 0)
        {
            text = string.Join('\n', lines).TrimEnd('\n') + "\n\n" + section;
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            var before = string.Join('\n', lines.Take(start)).TrimEnd('\n');
            var after = end < 0 ? "" : string.Join('\n', lines.Skip(end));
            text = (before.Length > 0 ? before + "\n\n" : "") + section + (after.Length > 0 ? "\n" + after : "");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.TrimEnd('\n') + "\n");
    }
}
