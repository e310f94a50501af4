using System.Globalization;
using System.Text;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>The figures against the targets, for the console and for a section of docs/benchmarks.md. A missed
/// target is reported, not turned into a failing exit code: machines are noisy, and the ratios against the raw
/// baselines measured in the same run are what count.</summary>
public sealed class BenchmarkReport(
    BenchmarkOptions options,
    BenchmarkCorpus corpus,
    ImportFigures import,
    RawFigures raw,
    MachineInfo machine)
{
    public const double TargetRecordsPerSecond = 2_000;
    public const double TargetRatio = 0.5;
    public const long TargetPeakBytes = 3L << 29; // 1.5 GiB

    private const string Preamble = """
        # Benchmarks

        Throughput runs on the embedded profile (one process, MassTransit in-memory bus, SQLite, Lucene). Each
        section is rewritten by the command it names; the figures that count are the ratios against baselines
        measured in the same run, since absolute rates move with the machine.
        """;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly DateTimeOffset measuredAt = DateTimeOffset.Now;

    public string Title => SectionTitleFor(options.Records) + (options.WithoutMatcher ? ", without the Matcher" : "");

    public double Ratio => import.RecordsPerSecond / raw.RecordsPerSecond;

    public double RatioWithSorting => import.RecordsPerSecond / raw.WithSortingRecordsPerSecond;

    /// <summary>The import's rate over the files after the first, against raw: the raw run starts with its code
    /// compiled, and this says how much of the gap is the import's first file compiling its own. Reported beside
    /// the target, never instead of it.</summary>
    public double? RatioAfterFirstFile => import.RecordsPerSecondAfterFirstFile / raw.RecordsPerSecond;

    private bool RateMet => import.RecordsPerSecond >= TargetRecordsPerSecond;

    private bool RatioMet => Ratio >= TargetRatio;

    private bool MemoryMet => import.PeakBytes < TargetPeakBytes;

    /// <summary>A run of another size gets its own section, so a quick run never overwrites the full figures.</summary>
    public static string SectionTitleFor(int records) => string.Create(Invariant, $"Import ({records:N0} results)");

    public string ToConsoleText() => string.Join(Environment.NewLine,
        $"{Title}{(import.TimeLimitHit ? $" (time limit hit: {import.Rows:N0} rows imported)" : "")}",
        F($"  end to end            {import.RecordsPerSecond,8:0} records/s  target >= {TargetRecordsPerSecond:0}: {Plain(RateMet)}"),
        F($"  raw analysis+indexing {raw.RecordsPerSecond,8:0} records/s"),
        F($"  raw incl. sorting     {raw.WithSortingRecordsPerSecond,8:0} records/s"),
        F($"  end to end / raw      {Ratio,8:P1}            target >= {TargetRatio:P0}: {Plain(RatioMet)}"),
        F($"  end to end / raw+sort {RatioWithSorting,8:P1}"),
        F($"  after the first file  {import.RecordsPerSecondAfterFirstFile,8:0} records/s, {RatioAfterFirstFile:P1} of raw"),
        $"  peak working set      {PeakMemory.Describe(import.PeakBytes),8}            target < 1.5 GiB: {Plain(MemoryMet)}");

    public void WriteInto(string path)
    {
        var section = Markdown();
        var existing = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : Preamble;
        var heading = $"## {Title}";
        var lines = existing.Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        if (start < 0)
        {
            // Larger runs first: a new section goes before the first import section of fewer records.
            var smaller = lines.FindIndex(l => SectionRecords(l) is { } n && n < options.Records);
            existing = smaller < 0
                ? existing.TrimEnd('\n') + "\n\n" + section
                : string.Join('\n', lines.Take(smaller)).TrimEnd('\n') + "\n\n" + section + "\n" + string.Join('\n', lines.Skip(smaller));
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            var before = string.Join('\n', lines.Take(start)).TrimEnd('\n');
            var after = end < 0 ? "" : string.Join('\n', lines.Skip(end));
            existing = (before.Length > 0 ? before + "\n\n" : "") + section + (after.Length > 0 ? "\n" + after : "");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, existing.TrimEnd('\n') + "\n");
    }

    /// <summary>N of a "## Import (N results)" heading.</summary>
    private static int? SectionRecords(string line)
    {
        const string prefix = "## Import (", suffix = " results)";
        return line.StartsWith(prefix, StringComparison.Ordinal) && line.TrimEnd().EndsWith(suffix, StringComparison.Ordinal)
            && int.TryParse(line.TrimEnd()[prefix.Length..^suffix.Length], NumberStyles.AllowThousands, Invariant, out var n)
            ? n
            : null;
    }

    private string Markdown()
    {
        var md = new StringBuilder();
        void Line(FormattableString text) => md.Append(text.ToString(Invariant)).Append('\n');

        Line($"## {Title}");
        Line($"");
        Line($"Measured {measuredAt:yyyy-MM-dd HH:mm zzz} with `{options.MakeCommand}`, which runs");
        Line($"`{options.DotnetCommand}` from the repository root.");
        if (import.TimeLimitHit)
        {
            Line($"");
            Line($"**The import hit the benchmark's time limit** ({options.ImportTimeLimit.TotalMinutes:0.##} minutes, `BENCH_MINUTES`) after {import.Files} of {corpus.Files.Count} files: every figure below covers the {import.Rows:N0} records imported by then. At the measured rate the whole {corpus.Count:N0} would take about {corpus.Count / import.RecordsPerSecond / 60:0} minutes.");
        }

        Line($"");
        Line($"| Figure | Measured | Target | Result |");
        Line($"|---|---:|---|---|");
        Line($"| End to end (parse, validate, sort, store, index, publish) | {import.RecordsPerSecond:N0} records/s | ≥ {TargetRecordsPerSecond:N0} records/s | {Verdict(RateMet)} |");
        Line($"| Raw: analysis + indexing | {raw.RecordsPerSecond:N0} records/s | | |");
        Line($"| Raw: sorting + analysis + indexing | {raw.WithSortingRecordsPerSecond:N0} records/s | | |");
        Line($"| End to end / raw | {Ratio:P1} | ≥ {TargetRatio:P0} | {Verdict(RatioMet)} |");
        Line($"| End to end / raw with sorting | {RatioWithSorting:P1} | | |");
        if (import.RecordsPerSecondAfterFirstFile is { } warm)
        {
            Line($"| End to end over the files after the first (their code compiled, as the raw run's is) | {warm:N0} records/s, {RatioAfterFirstFile:P1} of raw | | |");
        }

        Line($"| Peak working set of the process (VmHWM) | {PeakMemory.Describe(import.PeakBytes)} | < 1.5 GiB | {Verdict(MemoryMet)} |");
        Line($"");
        Line($"Wall time: {import.Elapsed.TotalSeconds:0.0} s for the import ({import.ImportCalls.TotalSeconds:0.0} s in `ImportResults`, then {import.OutboxLag.TotalSeconds:0.0} s until the outbox had published the last event); {raw.Elapsed.TotalSeconds:0.0} s for the raw run. File by file, the import ran at {string.Join(", ", import.FileRates.Select(r => r.ToString("N0", Invariant)))} records/s (the first includes the JIT warming up).");
        if (import.FileRates.Count > 2 && import.FileRates[^1] < 0.75 * import.FileRates.Max())
        {
            Line($"");
            Line($"**The rate falls over the run**: from {import.FileRates.Max():N0} records/s at best to {import.FileRates[^1]:N0} for the last file, with {import.Rows:N0} records stored.");
        }

        Line($"");
        Line($"{(options.WithoutMatcher ? MatcherLeftOut : MatcherReading())}");
        Line($"");
        WhereTheTimeGoes(Line);
        Line($"");
        Line($"### What was imported");
        Line($"");
        Line($"{corpus.Count:N0} results generated from `../shared/data` (read in place) with seed {options.Seed}, as {corpus.Files.Count} JSON Lines files of up to {corpus.ChunkSize:N0} rows ({corpus.Bytes / 1024.0 / 1024:0.0} MiB), imported one after another by the alliance secretariat (a coordinator; each row names its institute):");
        Line($"");
        Line($"- {corpus.Chinese:N0} Chinese ({(double)corpus.Chinese / corpus.Count:P0}) from the CSL papers of the science, engineering, agriculture and medicine categories, {corpus.English:N0} English from the CSFCube computer-science papers; abstracts {corpus.AverageAbstractChars:0} characters on average.");
        Line($"- Each pairs a paper's title with the sentences of a different paper's abstract, rotated, one sometimes dropped, one or two of a third abstract sometimes mixed in, plus a closing sentence (patents, pilot, services); later listings of a title carry a suffix such as 及其应用 or \": pilot results\". External ids `BENCH-000001`… are unique.");
        Line($"- {corpus.WithKeywords:N0} come with keywords (the source paper's author keywords), {corpus.WithFields:N0} with industry fields; {corpus.LeftToSorting:N0} ({(double)corpus.LeftToSorting / corpus.Count:P0}) miss one or both, so the sort step extracts keywords or classifies them, as in a real import.");
        Line($"- Institute and region, TRL (mostly 3 to 7), cooperation modes, asking-price ranges in 万元 and a completion date from realistic lists.");
        Line($"");
        Line($"Outcome: {import.Rows:N0} rows read, {import.Imported:N0} listed, {import.Rejected:N0} rejected, {import.Merged:N0} merged; {import.Listed:N0} results stored, and {import.Imported:N0} published in {import.Events:N0} `ResultsPublished` events of up to {ResultsPublished.MaxResults:N0}.");
        foreach (var problem in import.Problems)
        {
            Line($"- Rejected: {problem}");
        }

        Line($"");
        Line($"### What is measured");
        Line($"");
        Line($"- **End to end**: the embedded host composed in-process as `services/Host/Program.cs` does (`AddServiceDefaults`, `AddResultsService`, `AddNeedsService`, {(options.WithoutMatcher ? "" : "`AddMatcherService`, ")}`AddAllianceService`, `AddMessageBus`; `Huli:Profile=embedded`, a fresh temp data folder, demo off, no web server), started and warmed (jieba and the sorting models loaded) before the clock. The clock runs from the first file handed to `ImportResults` through the Results service's mediator until the Results `outbox` holds no row with `PublishedAt IS NULL`: parsing, validation, sorting, SQLite, the Lucene index and the outbox handing each event to the bus are all inside. Whatever the current import code does is measured: the harness uses nothing but `ImportResults`, the outbox table and, for the profile, public hooks (EF Core diagnostics, a timing wrapper around the `ISearchIndexFactory` port, a MassTransit consume observer).");
        Line($"{(options.WithoutMatcher ? "- " + MatcherLeftOut : "- **The Matcher runs meanwhile**: it consumes every `ResultsPublished` in the same process (indexes the results in its own index and re-ranks the open needs; none are posted here), competing for the same two cores; the end-to-end figure does not wait for it.")}");
        Line($"- **Raw**: {(raw.TimeLimitHit ? $"the first {raw.Records:N0} of the imported records (the run stops after {options.RawTimeLimit.TotalMinutes:0.##} minutes of timed work, `--raw-time-limit`; a rate needs no more)" : $"the same {raw.Records:N0} records")}, parsed beforehand (not timed), each tokenised with `ChineseEnglishAnalyzer` (title and abstract first, so that analysis is measured rather than read back from the analyser's cache of recent texts, which sorting would fill), sorted with `RecordSorting.Of`, and its keywords tokenised and written with `UpsertManyAsync` in batches of {RawAnalysisRun.BatchSize} to a fresh on-disk `LuceneSearchIndex`, on one thread, each step on its own stopwatch: analysis + indexing is the tokenising and writing time, the second figure adds the sorting time.");
        Line($"- **After the first file**: the rows of the files after the first over their time in `ImportResults`. The import starts cold, its first file compiling the code of parsing, storing, the bus and the Matcher as it runs; the raw run comes after it, with the analysis and index code it shares compiled. A figure to read beside the target, not one the target is judged on.");
        Line($"- **Peak memory**: the process's peak working set (VmHWM from /proc/self/status) at the end of the import phase, host start-up included; the raw run comes afterwards, with the mark reset after a full collection (its peak: {PeakMemory.Describe(raw.PeakBytes)}, what the stopped host still holds included).");
        Line($"- A quick run, `BENCH_RECORDS=20000 make bench`, writes its own section (\"{SectionTitleFor(20_000)}\") and leaves the full one alone.");
        Line($"");
        Line($"### Machine");
        Line($"");
        Line($"- {machine.Processors} cores ({machine.Cpu}), {machine.MemoryBytes / (double)(1L << 30):0.0} GiB memory, {machine.OperatingSystem}");
        Line($"- One-minute load average {SystemLoad.Describe(import.LoadAtStart)} when the import started, {SystemLoad.Describe(import.LoadAtEnd)} when it ended, {SystemLoad.Describe(raw.LoadAtEnd)} after the raw run (the benchmark itself accounts for up to about {machine.Processors}; more means other work shared the machine)");
        Line($"- .NET SDK {machine.Sdk}, runtime {machine.Runtime}, {machine.GarbageCollector} GC (as the Host), {machine.Tiering}, Release build; data in a fresh folder under {machine.TempFolder}");
        return md.ToString();
    }

    /// <summary>The import calls' wall time per record, split into what the profile measured on the import path
    /// and what the raw run says sorting and tokenising cost; the rest is everything unmeasured.</summary>
    private void WhereTheTimeGoes(Action<FormattableString> line)
    {
        var rows = Math.Max(1, import.Rows);
        double PerRow(TimeSpan t) => t.TotalMilliseconds / rows;
        var onPath = import.Profile.Where(e => e.OnImportPath).ToList();
        var background = import.Profile.Where(e => !e.OnImportPath).ToList();
        var perRecord = PerRow(import.ImportCalls);
        var sorting = raw.Sorting.TotalMilliseconds / Math.Max(1, raw.Records);
        var tokenising = raw.Analysis.TotalMilliseconds / Math.Max(1, raw.Records);
        var measured = onPath.Sum(e => PerRow(e.Total));
        var rest = perRecord - measured - sorting - tokenising;

        line($"### Where the time goes");
        line($"");
        line($"The import calls took {perRecord:0.00} ms per record ({PerRow(import.Elapsed):0.00} ms with the outbox drain). Split by the profile (counted inside `ImportResults`) and, for sorting and tokenising, by the raw run:");
        line($"");
        line($"| Step | Calls per record | ms per record | Share |");
        line($"|---|---:|---:|---:|");
        foreach (var entry in onPath)
        {
            line($"| {entry.Step} | {(double)entry.Count / rows:0.###} | {PerRow(entry.Total):0.00} | {PerRow(entry.Total) / perRecord:P0} |");
        }

        line($"| sorting (`RecordSorting.Of`), its single-thread cost in the raw run | 1 | {sorting:0.00} | {sorting / perRecord:P0} |");
        line($"| tokenising title, keywords, abstract (`ChineseEnglishAnalyzer`), from the raw run | 3 | {tokenising:0.00} | {tokenising / perRecord:P0} |");
        line($"| everything else: parsing, validation, EF Core tracking, lookups in memory, serialising events, waiting for a core | | {rest:0.00} | {rest / perRecord:P0} |");
        line($"");
        if (background.Count > 0)
        {
            line($"Meanwhile in the background (outbox publisher, Matcher), in total over the run:");
            line($"");
            line($"| Step | Calls per record | ms per record |");
            line($"|---|---:|---:|");
            foreach (var entry in background)
            {
                line($"| {entry.Step} | {(double)entry.Count / rows:0.###} | {PerRow(entry.Total):0.00} |");
            }

            line($"");
        }

        var cpuShare = import.ProcessorTime / import.Elapsed;
        line($"The process used {import.ProcessorTime.TotalSeconds:0} s of CPU in {import.Elapsed.TotalSeconds:0} s of wall time ({cpuShare:P0} of one core; {machine.Processors} cores available) and made {PerRecordOf(import.Io.WriteCalls):0.#} write calls, writing {PerRecordOf(import.Io.WrittenBytes) / 1024:0.#} KiB to storage, per record. The raw run needs {1000 / raw.RecordsPerSecond:0.00} ms per record for analysis + indexing and {raw.Sorting.TotalMilliseconds / Math.Max(1, raw.Records):0.00} ms more for sorting. For a sampled profile of the managed code, run the benchmark with `DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0` and attach `perf record -g -p <pid>` during the import.");
        var collector = import.Collector;
        line($"");
        line($"The collector ran {collector.Gen0:N0} collections during the import ({collector.Gen1:N0} of them of gen1, {collector.Gen2:N0} full) and held the process paused for {collector.Paused.TotalSeconds:0.0} s, {collector.Paused / import.Elapsed:P0} of the wall time. The JIT compiled {import.Jit.Methods:N0} methods in {import.Jit.Compiling.TotalSeconds:0.0} s (clocked from start to end of each compilation, waits for a core included; {import.JitInFirstFile.Methods:N0} in {import.JitInFirstFile.Compiling.TotalSeconds:0.0} s during the first file); the raw run, coming after with the code they share compiled, {raw.Jit.Methods:N0} in {raw.Jit.Compiling.TotalSeconds:0.0} s.");
    }

    private const string MatcherLeftOut = "**The Matcher is left out of the host** (`BENCH_MATCHER=0`), as when it runs in its own process on the distributed profile: nothing consumes the `ResultsPublished` events, and the import has the two cores to itself. This measures what the Matcher's share of the embedded profile costs; the targets are the section above, with it.";

    private string MatcherReading() => import.MatcherCaughtUpAfter is { } t
        ? string.Create(Invariant, $"The Matcher kept up: when the clock stopped it had taken in {import.MatcherConsumed:N0} of the {import.Imported:N0} published results, and all of them {(t - import.Elapsed).TotalSeconds:0.0} s later.")
        : string.Create(Invariant, $"**The Matcher did not keep up**: when the clock stopped it had taken in {import.MatcherConsumed:N0} of the {import.Imported:N0} published results ({import.MatcherConsumed / import.Elapsed.TotalSeconds:0.#} per second); the rest waited in the in-memory queue.");

    private double PerRecordOf(long total) => import.Rows == 0 ? 0 : (double)total / import.Rows;

    private static string Verdict(bool met) => met ? "pass" : "**miss**";

    private static string Plain(bool met) => met ? "pass" : "MISS";

    private static string F(FormattableString text) => text.ToString(Invariant);
}
