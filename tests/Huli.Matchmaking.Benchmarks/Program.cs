using Huli.Matchmaking.Benchmarks;

// make bench [BENCH_RECORDS=100000]: imports generated results end to end on the embedded profile, then measures
// the raw analysis + indexing rate on the same records, and writes the figures to docs/benchmarks.md.
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

using var workspace = BenchmarkWorkspace.Create(options.KeepFiles);
Console.WriteLine($"Generating {options.Records:N0} records from {options.DataPath} in {workspace.Root}");
var corpus = BenchmarkCorpus.Generate(options, workspace.CorpusFolder);
Console.WriteLine(corpus.Describe());

if (!options.RankingOnly)
{
    var import = await ImportRun.RunAsync(corpus, workspace.HostDataFolder, options.ImportTimeLimit, withMatcher: !options.WithoutMatcher);
    var raw = await RawAnalysisRun.RunAsync(corpus, workspace.RawIndexFolder, import.Rows, options.RawTimeLimit);

    var report = new BenchmarkReport(options, corpus, import, raw, MachineInfo.Describe());
    Console.WriteLine();
    Console.WriteLine(report.ToConsoleText());
    report.WriteInto(options.OutputPath);
    Console.WriteLine($"Wrote the section \"{report.Title}\" of {options.OutputPath}");
}

// Ranking latency is the Matcher's: a run that leaves the Matcher out has nothing to say about it.
if (!options.WithoutMatcher)
{
    var latency = await RankingLatencyRun.RunAsync(corpus, options.Records, options.DataPath, Path.Combine(workspace.Root, "ranking-index"));
    Console.WriteLine(latency.ToConsoleText());
    latency.WriteInto(options.OutputPath, options.MakeCommand + (options.RankingOnly ? " RANKING_ONLY=1" : ""));
}

return 0;
