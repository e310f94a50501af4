using System.Globalization;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>The command line. Paths are taken from the working directory, which `make bench` makes the repo root.</summary>
public sealed record BenchmarkOptions(
    int Records,
    string DataPath,
    string OutputPath,
    int ChunkSize,
    int Seed,
    TimeSpan ImportTimeLimit,
    TimeSpan RawTimeLimit,
    bool KeepFiles,
    bool RankingOnly = false,
    bool WithoutMatcher = false)
{
    public const int DefaultRecords = 100_000;
    public const int DefaultChunkSize = 5_000;
    public const int DefaultSeed = 20_260_531;
    public const double DefaultTimeLimitMinutes = 5;
    public const double DefaultRawTimeLimitMinutes = 2;

    public const string Usage = """
        usage: Huli.Matchmaking.Benchmarks [--records N] [--data DIR] [--out FILE] [--chunk N] [--seed N]
                                           [--time-limit MINUTES] [--raw-time-limit MINUTES] [--keep] [--ranking-only]
                                           [--without-matcher]
          --records     results to generate and import (default 100000)
          --data        the shared evaluation data, read in place (default ../shared/data)
          --out         the Markdown file whose "Import" section is (re)written (default docs/benchmarks.md)
          --chunk       rows per imported file (default 5000)
          --seed        the generator's seed (default 20260531); the same seed gives the same records
          --time-limit  import no further file once the next would end after this many minutes; the
                        figures then cover the records imported so far and say so (default 5)
          --raw-time-limit  end the raw baseline run after this many minutes of timed work; its rates
                        then come from the records done so far (default 2)
          --keep        keep the generated files, databases and indexes under the temp folder
          --ranking-only  skip the import and raw runs; measure only the Matcher's ranking latency
          --without-matcher  import with the Matcher left out of the host, as when it runs in its own process
                        (distributed profile): how much of the rate the Matcher takes; written to its own section
        """;

    public static BenchmarkOptions? Parse(string[] args)
    {
        var records = DefaultRecords;
        var data = Path.Combine("..", "shared", "data");
        var output = Path.Combine("docs", "benchmarks.md");
        var chunk = DefaultChunkSize;
        var seed = DefaultSeed;
        var limit = DefaultTimeLimitMinutes;
        var rawLimit = DefaultRawTimeLimitMinutes;
        var keep = false;
        var rankingOnly = false;
        var withoutMatcher = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            try
            {
                switch (args[i])
                {
                    case "--records": records = PositiveInt(Next()); break;
                    case "--data": data = Next(); break;
                    case "--out": output = Next(); break;
                    case "--chunk": chunk = PositiveInt(Next()); break;
                    case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--time-limit": limit = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--raw-time-limit": rawLimit = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--keep": keep = true; break;
                    case "--ranking-only": rankingOnly = true; break;
                    case "--without-matcher": withoutMatcher = true; break;
                    default:
                        Console.Error.WriteLine($"Unknown argument: {args[i]}");
                        return null;
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine(e.Message);
                return null;
            }
        }

        return new BenchmarkOptions(records, Path.GetFullPath(data), Path.GetFullPath(output), chunk, seed,
            TimeSpan.FromMinutes(limit), TimeSpan.FromMinutes(rawLimit), keep, rankingOnly, withoutMatcher);
    }

    /// <summary>The command that reproduces a run, as written in the report.</summary>
    public string MakeCommand => "make bench"
        + (Records != DefaultRecords ? string.Create(CultureInfo.InvariantCulture, $" BENCH_RECORDS={Records}") : "")
        + (ImportTimeLimit != TimeSpan.FromMinutes(DefaultTimeLimitMinutes) ? string.Create(CultureInfo.InvariantCulture, $" BENCH_MINUTES={ImportTimeLimit.TotalMinutes}") : "")
        + (WithoutMatcher ? " BENCH_MATCHER=0" : "");

    /// <summary>What the Makefile runs for <see cref="MakeCommand"/>, plus any flag it does not pass, with the
    /// runtime settings it starts .NET with.</summary>
    public string DotnetCommand => RuntimeTuning + string.Create(CultureInfo.InvariantCulture,
        $"dotnet run --project tests/Huli.Matchmaking.Benchmarks -c Release -- --records {Records} --time-limit {ImportTimeLimit.TotalMinutes} --data ../shared/data --out docs/benchmarks.md")
        + (ChunkSize != DefaultChunkSize ? string.Create(CultureInfo.InvariantCulture, $" --chunk {ChunkSize}") : "")
        + (Seed != DefaultSeed ? string.Create(CultureInfo.InvariantCulture, $" --seed {Seed}") : "")
        + (RawTimeLimit != TimeSpan.FromMinutes(DefaultRawTimeLimitMinutes) ? string.Create(CultureInfo.InvariantCulture, $" --raw-time-limit {RawTimeLimit.TotalMinutes}") : "")
        + (WithoutMatcher ? " --without-matcher" : "");

    private static string RuntimeTuning =>
        MachineInfo.RuntimeTuningSet() is { Count: > 0 } tuning ? $"env {string.Join(" ", tuning)} " : "";

    private static int PositiveInt(string text)
    {
        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return value > 0 ? value : throw new ArgumentException($"{text} must be a positive number.");
    }
}
