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

    public IReadOnlyList<double> RankingMilliseconds { get; private init; } = [];

    public IReadOnlyList<double> Bm25Milliseconds { get; private init; } = [];

    public IReadOnlyList<double> CandidateMilliseconds { get; private init; } = [];

    /// <summary>The candidate query asking for top 20 only: the difference to the candidate stage is what loading
    /// 180 more hits (with their matched terms) through the search port costs.</summary>
    public IReadOnlyList<double> ShortCandidateMilliseconds { get; private init; } = [];

    public (double? Start, double? End) Load { get; private init; }

    public static double Percentile(IReadOnlyList<double> sample, double p)
    {
        var sorted = sample.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

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
        var ranking = new List<double>();
        var bm25 = new List<double>();
        var candidates = new List<double>();
        var shortCandidates = new List<double>();
        var loadAtStart = SystemLoad.OneMinute();
        for (var round = 0; round < WarmUpRounds + Rounds; round++)
        {
            foreach (var need in needs)
            {
                var tokens = analyzer.QueryTokens(need.Tokens);
                var plain = Stopwatch.StartNew();
                await indexes.Results.SearchAsync(new SearchRequest(tokens, NeedRanker.TopCount));
                plain.Stop();

                var first = Stopwatch.StartNew();
                await ranker.CandidatesAsync(need, NeedRanker.CandidateCount, CancellationToken.None);
                first.Stop();

                var top20 = Stopwatch.StartNew();
                await ranker.CandidatesAsync(need, NeedRanker.TopCount, CancellationToken.None);
                top20.Stop();

                var full = Stopwatch.StartNew();
                var ranked = await ranker.RankAsync(need, CancellationToken.None);
                foreach (var scored in ranked)
                {
                    PairingExplainer.Explain(need, scored, ranker.ModelFor(need));
                    ranker.MatchedTerms(need, scored.Result);
                }

                full.Stop();
                if (round >= WarmUpRounds)
                {
                    bm25.Add(plain.Elapsed.TotalMilliseconds);
                    ranking.Add(full.Elapsed.TotalMilliseconds);
                    candidates.Add(first.Elapsed.TotalMilliseconds);
                    shortCandidates.Add(top20.Elapsed.TotalMilliseconds);
                }
            }
        }

        return new RankingLatencyRun
        {
            Results = catalog.Count,
            Needs = needs.Count,
            LoadTime = load.Elapsed,
            RankingMilliseconds = ranking,
            Bm25Milliseconds = bm25,
            CandidateMilliseconds = candidates,
            ShortCandidateMilliseconds = shortCandidates,
            Load = (loadAtStart, SystemLoad.OneMinute()),
        };
    }

    public string ToConsoleText() => string.Create(CultureInfo.InvariantCulture,
        $"Ranking latency over {Results:N0} results ({Needs} needs x {Rounds} rounds): two-stage p50 {Percentile(RankingMilliseconds, 0.5):F2} ms, "
        + $"p99 {Percentile(RankingMilliseconds, 0.99):F2} ms (target {TargetP99Milliseconds} ms); plain BM25 p50 {Percentile(Bm25Milliseconds, 0.5):F2} ms, "
        + $"p99 {Percentile(Bm25Milliseconds, 0.99):F2} ms; candidate stage p50 {Percentile(CandidateMilliseconds, 0.5):F2} ms; ratio at p99 {Percentile(RankingMilliseconds, 0.99) / Percentile(Bm25Milliseconds, 0.99):F1}");

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
        Line("| | p50 | p99 | target |");
        Line("|---|---|---|---|");
        Line(string.Create(CultureInfo.InvariantCulture, $"| two-stage ranking of one need (BM25 top {NeedRanker.CandidateCount}, features, model, top {NeedRanker.TopCount} with reasons) | {Percentile(RankingMilliseconds, 0.5):F2} ms | {Percentile(RankingMilliseconds, 0.99):F2} ms | p99 ≤ {TargetP99Milliseconds} ms |"));
        Line(string.Create(CultureInfo.InvariantCulture, $"| of which the candidate stage alone (BM25 top {NeedRanker.CandidateCount} through the search port) | {Percentile(CandidateMilliseconds, 0.5):F2} ms | {Percentile(CandidateMilliseconds, 0.99):F2} ms | |"));
        Line(string.Create(CultureInfo.InvariantCulture, $"| the candidate query asking for the top {NeedRanker.TopCount} only | {Percentile(ShortCandidateMilliseconds, 0.5):F2} ms | {Percentile(ShortCandidateMilliseconds, 0.99):F2} ms | |"));
        Line(string.Create(CultureInfo.InvariantCulture, $"| plain BM25 top {NeedRanker.TopCount}, same index and tokens | {Percentile(Bm25Milliseconds, 0.5):F2} ms | {Percentile(Bm25Milliseconds, 0.99):F2} ms | |"));
        Line(string.Create(CultureInfo.InvariantCulture, $"| ratio | {Percentile(RankingMilliseconds, 0.5) / Percentile(Bm25Milliseconds, 0.5):F1} | {Percentile(RankingMilliseconds, 0.99) / Percentile(Bm25Milliseconds, 0.99):F1} | |"));
        Line("");
        Line(string.Create(CultureInfo.InvariantCulture,
            $"{Needs} needs (the queries of every dev set under ../shared/data, with a TRL range, a cooperation mode and a budget so the profile features run) ranked {Rounds} times each after {WarmUpRounds} warm-up rounds: {RankingMilliseconds.Count:N0} timings per row. "
            + $"The generated results were analysed into the Matcher's catalog and indexed in {LoadTime.TotalSeconds:F0} s before the clock. Need analysis is not timed: the Matcher analyses a need once when it is posted. "
            + $"One-minute load average {SystemLoad.Describe(Load.Start)} when the timing started and {SystemLoad.Describe(Load.End)} when it ended (2 cores; more than about 1 means other work shared the machine). "
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
