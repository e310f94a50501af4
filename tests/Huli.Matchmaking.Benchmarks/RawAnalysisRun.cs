using System.Diagnostics;
using System.Globalization;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.Sorting;
using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>What the raw run measured, in three timed parts.</summary>
public sealed record RawFigures(
    int Records,
    bool TimeLimitHit,
    double? LoadAtEnd,
    TimeSpan Sorting,
    TimeSpan Analysis,
    TimeSpan Writing,
    long PeakBytes,
    JitActivity Jit)
{
    /// <summary>Analysis plus indexing alone.</summary>
    public double RecordsPerSecond => Records / (Analysis + Writing).TotalSeconds;

    /// <summary>Sorting, analysis and indexing.</summary>
    public double WithSortingRecordsPerSecond => Records / Elapsed.TotalSeconds;

    public TimeSpan Elapsed => Sorting + Analysis + Writing;
}

/// <summary>
/// The baseline the import is held against: the same records tokenised with the project's
/// <see cref="ChineseEnglishAnalyzer"/> (title, keywords, abstract, as the Results indexer does) and written in
/// batches of <see cref="BatchSize"/> to a fresh on-disk <see cref="LuceneSearchIndex"/>, on one thread, with
/// nothing else: no database, no outbox, no bus. Each record's title and abstract are tokenised, then it is sorted
/// (<see cref="RecordSorting.Of"/>, its keywords, fields and language going into the document, as in the import)
/// on a stopwatch of its own, then its keywords are tokenised, so one
/// pass gives both baselines: analysis + indexing, and sorting + analysis + indexing. Reading the file back is
/// not timed.
/// </summary>
public static class RawAnalysisRun
{
    public const int BatchSize = 500;

    /// <summary>Runs over the first <paramref name="records"/> records, or fewer when the timed work passes
    /// <paramref name="timeLimit"/> (a rate needs no more).</summary>
    public static async Task<RawFigures> RunAsync(BenchmarkCorpus corpus, string indexFolder, int records, TimeSpan timeLimit)
    {
        var analyzer = new ChineseEnglishAnalyzer();
        analyzer.Tokenize("预热分词 warm-up text");
        RecordSorting.Of("预热", "用于加载关键词与领域模型的预热文本", [], []);
        // What the stopped host left behind goes first, so the mark starts near this run's own footprint.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var peakReset = PeakMemory.TryReset();
        var jitBefore = JitActivity.Now();

        var sorting = new Stopwatch();
        var analysis = new Stopwatch();
        var writing = new Stopwatch();
        var count = 0;
        var limitHit = false;
        var now = DateTimeOffset.UtcNow;
        using (var index = LuceneSearchIndex.OpenFolder(indexFolder))
        {
            foreach (var batch in corpus.ReadRecords(records).Chunk(BatchSize))
            {
                var documents = new List<SearchDocument>(batch.Length);
                foreach (var record in batch)
                {
                    var title = record.Title.Trim();
                    var text = record.Abstract.Trim();
                    // Title and abstract are tokenised before sorting: the analyser keeps recent texts, and
                    // tokenising after sorting would only read what sorting had analysed, not measure analysis.
                    analysis.Start();
                    var titleTokens = analyzer.Tokenize(title);
                    var textTokens = analyzer.Tokenize(text);
                    analysis.Stop();

                    sorting.Start();
                    var sorted = RecordSorting.Of(title, text, record.Keywords ?? [], record.Fields ?? []);
                    sorting.Stop();

                    analysis.Start();
                    documents.Add(new SearchDocument(
                        Guid.CreateVersion7().ToString(),
                        titleTokens,
                        analyzer.Tokenize(string.Join(' ', sorted.Keywords)),
                        textTokens,
                        Facets(record, sorted.Fields, sorted.Language),
                        now));
                    analysis.Stop();
                }

                writing.Start();
                await index.UpsertManyAsync(documents);
                writing.Stop();
                count += batch.Length;
                if (sorting.Elapsed + analysis.Elapsed + writing.Elapsed > timeLimit && count < records)
                {
                    limitHit = true;
                    break;
                }
            }
        }

        var figures = new RawFigures(count, limitHit, SystemLoad.OneMinute(), sorting.Elapsed, analysis.Elapsed, writing.Elapsed,
            peakReset ? PeakMemory.Bytes() : 0, JitActivity.Now() - jitBefore);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Raw: {count:N0} records, sorting {sorting.Elapsed.TotalSeconds:0.0} s, tokenising {analysis.Elapsed.TotalSeconds:0.0} s, Lucene writes {writing.Elapsed.TotalSeconds:0.0} s: {figures.RecordsPerSecond:0} records/s for analysis + indexing, {figures.WithSortingRecordsPerSecond:0} records/s with sorting"));
        return figures;
    }

    /// <summary>The facets the Results indexer files a result under (field, mode, language, TRL, region).</summary>
    private static Dictionary<string, IReadOnlyList<string>> Facets(BenchmarkRecord record, IReadOnlyList<string> fields, string language)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            ["field"] = fields,
            ["mode"] = record.CooperationModes ?? [],
            ["language"] = [language],
        };

        if (record.Trl is { } trl)
        {
            facets["trl"] = [trl.ToString(CultureInfo.InvariantCulture)];
        }

        if (record.Region is { } region)
        {
            facets["region"] = [region];
        }

        return facets;
    }
}
