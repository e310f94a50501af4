#:project ../../../shared/Sorting/Huli.Matchmaking.Sorting.csproj
// File-based apps default to native AOT, which turns off the reflection the taxonomy's JSON reader uses.
#:property PublishAot=false

// How long RecordSorting.Of takes per record (on one thread, or on --threads), on real abstracts read in place
// from the shared data (CSL papers in Chinese, CSFCube papers in English, four to one, as in the import
// benchmark), with keywords and fields left out for some records in the benchmark's proportions (45% give both,
// 15% keywords only, 10% fields only, 30% neither). A file-based app rather than a test, because speed is
// measured, never asserted.
//
//   dotnet run -c Release tests/Huli.Matchmaking.Sorting.Tests/SpeedCheck/sorting-speed.cs -- \
//       [--data ../shared/data] [--records 5000] [--passes 5] [--threads 1] [--dump results.tsv]
//
// --dump writes every record's sorting (keywords, fields, confidence, language, fingerprint), so two versions of
// the library can be diffed on the same records; the digest line says the same in one number.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Huli.Matchmaking.Sorting;

var options = Options.Parse(args);
var records = SpeedRecords.Load(options.DataPath, options.Records);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{records.Count:N0} records, {records.Count(r => r.Chinese):N0} Chinese, abstracts {records.Average(r => r.Text.Length):0} characters on average, "
    + $"{records.Count(r => r.Keywords.Count == 0 || r.Fields.Count == 0):N0} missing keywords or fields"));

// The first call loads jieba's dictionary, the IDF table and the taxonomy; that is start-up, not sorting.
var warmUp = Stopwatch.StartNew();
RecordSorting.Of("预热", "用于加载关键词与领域模型的预热文本", [], []);
Console.WriteLine($"first call (loading tables): {warmUp.Elapsed.TotalMilliseconds:0} ms");
foreach (var record in records.Take(200))
{
    RecordSorting.Of(record.Title, record.Text, record.Keywords, record.Fields);
}

var results = new RecordSorting[records.Count];
var perPass = new List<double>();
var cpuPerPass = new List<double>();
var process = Process.GetCurrentProcess();
for (var pass = 0; pass < options.Passes; pass++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, index =>
    {
        var record = records[index];
        results[index] = RecordSorting.Of(record.Title, record.Text, record.Keywords, record.Fields);
    });
    stopwatch.Stop();
    process.Refresh();
    var microseconds = stopwatch.Elapsed.TotalMicroseconds / records.Count;
    var cpuMicroseconds = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / records.Count;
    perPass.Add(microseconds);
    cpuPerPass.Add(cpuMicroseconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pass {pass + 1}: {microseconds:0} µs per record ({cpuMicroseconds:0} µs of CPU), {records.Count / stopwatch.Elapsed.TotalSeconds:0} records/s on {options.Threads} thread(s)"));
}

// On a shared machine the wall clock also counts other processes' turns; the CPU time (this process, all its
// threads, so including the GC) is the steadier figure to compare two versions by.
perPass.Sort();
cpuPerPass.Sort();
var median = perPass[perPass.Count / 2];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median CPU time: {cpuPerPass[cpuPerPass.Count / 2] / 1000:0.000} ms per record"));
var lines = results.Select(Describe).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median: {median / 1000:0.000} ms per record, {1_000_000 / median:0} records/s; results digest {Digest(lines):x16}"));
if (options.DumpPath is { } dump)
{
    File.WriteAllLines(dump, lines.Select((line, index) => $"{records[index].Id}\t{line}"));
}

static string Describe(RecordSorting sorting) => string.Join('\t',
    string.Join('|', sorting.Keywords),
    sorting.KeywordsExtracted,
    string.Join('|', sorting.Fields),
    sorting.FieldConfidence?.ToString("R", CultureInfo.InvariantCulture) ?? "-",
    sorting.Language,
    sorting.Fingerprint);

static ulong Digest(IEnumerable<string> lines)
{
    var hash = 14695981039346656037UL;
    foreach (var character in string.Join('\n', lines))
    {
        hash = (hash ^ character) * 1099511628211UL;
    }

    return hash;
}

internal sealed record Options(string DataPath, int Records, int Passes, int Threads, string? DumpPath)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index + 1 < args.Length; index += 2)
        {
            values[args[index].TrimStart('-')] = args[index + 1];
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        return new Options(
            values.GetValueOrDefault("data") ?? Path.Combine("..", "shared", "data"),
            Number("records", 5000),
            Number("passes", 5),
            Number("threads", 1),
            values.GetValueOrDefault("dump"));
    }
}

internal sealed record SpeedRecord(string Id, string Title, string Text, IReadOnlyList<string> Keywords, IReadOnlyList<string> Fields, bool Chinese);

internal static class SpeedRecords
{
    // The CSL categories whose papers read like research results; the rest (law, history ...) are not imported.
    private static readonly HashSet<string> TechnicalCategories = ["工学", "理学", "农学", "医学"];

    private static readonly string[] EnglishKeywords = ["machine learning", "information retrieval", "knowledge graph"];

    public static List<SpeedRecord> Load(string dataPath, int count)
    {
        var chinese = Papers(Path.Combine(dataPath, "csl-needs-dev", "corpus.jsonl"), chinese: true);
        var english = Papers(Path.Combine(dataPath, "csfcube-dev", "corpus.jsonl"), chinese: false);
        var records = new List<SpeedRecord>(count);
        for (var index = 0; index < count; index++)
        {
            // Four Chinese to one English; the papers repeat when more records are asked for than there are.
            var paper = index % 5 == 4 ? english[index / 5 % english.Count] : chinese[(index - index / 5) % chinese.Count];
            var (keywords, fields) = (index % 20) switch
            {
                < 9 => (paper.Keywords, paper.Fields),
                < 12 => (paper.Keywords, []),
                < 14 => ([], paper.Fields),
                _ => ((IReadOnlyList<string>)[], (IReadOnlyList<string>)[]),
            };
            records.Add(paper with { Id = $"{index}:{paper.Id}", Keywords = keywords, Fields = fields });
        }

        return records;
    }

    private static List<SpeedRecord> Papers(string file, bool chinese)
    {
        var papers = new List<SpeedRecord>();
        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            var technical = !root.TryGetProperty("category", out var category) || TechnicalCategories.Contains(category.GetString() ?? "");
            if (text.Length < 100 || !technical)
            {
                continue;
            }

            IReadOnlyList<string> keywords = root.TryGetProperty("keywords", out var k) && k.ValueKind == JsonValueKind.Array
                ? k.EnumerateArray().Select(e => e.GetString() ?? "").Where(e => e.Length > 0).ToList()
                : EnglishKeywords;
            papers.Add(new SpeedRecord(
                root.GetProperty("doc_id").GetString()!, root.GetProperty("title").GetString()!.Trim(), text.Trim(),
                keywords, chinese ? ["new-materials"] : ["software"], chinese));
        }

        return papers;
    }
}
