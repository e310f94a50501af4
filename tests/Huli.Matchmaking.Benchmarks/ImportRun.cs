using System.Diagnostics;
using System.Globalization;
using Huli.Matchmaking.Alliance;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher;
using Huli.Matchmaking.Needs;
using Huli.Matchmaking.Results;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Features.Importing;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Messaging;
using Huli.Matchmaking.ServiceDefaults.Outcomes;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.Sorting;
using Huli.Matchmaking.TextAnalysis;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResultsMediator = Huli.Matchmaking.Results.Mediation.Mediator;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>What the end-to-end import measured.</summary>
public sealed record ImportFigures(
    int Files,
    int Rows,
    int Imported,
    int Rejected,
    int Updated,
    int Unchanged,
    int Merged,
    int Listed,
    int Events,
    TimeSpan Elapsed,
    TimeSpan ImportCalls,
    TimeSpan OutboxLag,
    TimeSpan? MatcherCaughtUpAfter,
    int MatcherConsumed,
    TimeSpan ProcessorTime,
    ProcessIo Io,
    long PeakBytes,
    bool TimeLimitHit,
    IReadOnlyList<double> FileRates,
    double? RecordsPerSecondAfterFirstFile,
    CollectorActivity Collector,
    JitActivity Jit,
    JitActivity JitInFirstFile,
    double? LoadAtStart,
    double? LoadAtEnd,
    IReadOnlyList<string> Problems,
    IReadOnlyList<ProfileEntry> Profile)
{
    /// <summary>Records per second from the first file handed over until the outbox published the last event.</summary>
    public double RecordsPerSecond => Imported / Elapsed.TotalSeconds;
}

/// <summary>
/// The end-to-end import: the embedded host composed in-process as services/Host/Program.cs does (all four
/// services, the in-memory bus, SQLite and Lucene in a fresh data folder, no web server), the generated files
/// sent one after another through the Results service's own mediator as the alliance secretariat, and the clock
/// stopped once the Results outbox has handed every event to the bus. The Matcher takes in every published
/// result in the same process meanwhile; when it has caught up is reported apart.
/// </summary>
public static class ImportRun
{
    private static readonly Caller Secretariat = Caller.System("联盟秘书处", Roles.Coordinator);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(10);

    /// <summary>How long the Matcher is given to catch up after the clock stopped; not at all when, at its pace so
    /// far, it could not.</summary>
    private static readonly TimeSpan MatcherLimit = TimeSpan.FromSeconds(20);

    public static async Task<ImportFigures> RunAsync(BenchmarkCorpus corpus, string dataFolder, TimeSpan timeLimit, bool withMatcher)
    {
        using var profile = new ImportProfile();
        using var host = Build(dataFolder, profile, withMatcher);
        Console.WriteLine("Starting the embedded host (jieba dictionaries, databases, bus)");
        await host.StartAsync();
        var consumed = new PublishedResultCounter();
        using var observer = host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        WarmUp(host.Services);

        var problems = new List<string>();
        int files = 0, rows = 0, created = 0, updated = 0, unchanged = 0, merged = 0, rejected = 0;
        var limitHit = false;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var ioBefore = ProcessIo.Read();
        var loadAtStart = SystemLoad.OneMinute();
        profile.Recording = true;
        var collectorBefore = CollectorActivity.Now();
        var jitBefore = JitActivity.Now();
        var jitInFirstFile = new JitActivity(0, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        var lastFile = TimeSpan.Zero;
        var fileRates = new List<double>();
        var firstFile = (Rows: 0, Took: TimeSpan.Zero);
        foreach (var file in corpus.Files)
        {
            // Stop before a file that would, at the pace of the last one, end past the limit.
            if (files > 0 && clock.Elapsed + lastFile > timeLimit)
            {
                limitHit = true;
                Console.WriteLine($"Time limit of {timeLimit.TotalMinutes:0.#} minutes: stopping after {files} of {corpus.Files.Count} files");
                break;
            }

            var started = clock.Elapsed;
            var report = await ImportAsync(host.Services, file);
            files++;
            rows += report.Rows;
            created += report.Created;
            updated += report.Updated;
            unchanged += report.Unchanged;
            merged += report.Merged;
            rejected += report.Rejected;
            problems.AddRange(report.Problems.Take(Math.Max(0, 5 - problems.Count))
                .Select(p => $"{report.File} row {p.Row} {p.Field}: {p.Message}"));
            lastFile = clock.Elapsed - started;
            if (files == 1)
            {
                firstFile = (report.Rows, lastFile);
                jitInFirstFile = JitActivity.Now() - jitBefore;
            }

            var seconds = lastFile.TotalSeconds;
            fileRates.Add(report.Rows / seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Path.GetFileName(file)}: {report.Rows:N0} rows, {report.Created:N0} created, {report.Rejected:N0} rejected in {seconds:0.0} s ({report.Rows / seconds:0} rows/s); {rows:N0} so far at {clock.Elapsed.TotalSeconds:0} s"));
        }

        var importCalls = clock.Elapsed;
        var (events, listed) = await DrainOutboxAsync(host.Services);
        var elapsed = clock.Elapsed;
        profile.Recording = false;
        var loadAtEnd = SystemLoad.OneMinute();
        var consumedWhenStopped = consumed.Count;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var collector = CollectorActivity.Now() - collectorBefore;
        var jit = JitActivity.Now() - jitBefore;
        double? afterFirstFile = files > 1 ? (rows - firstFile.Rows) / (importCalls - firstFile.Took).TotalSeconds : null;
        var io = ProcessIo.Read() - ioBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Outbox drained {(elapsed - importCalls).TotalSeconds:0.0} s after the last file: {events:N0} events published, {listed:N0} results stored"));

        var matcherCaughtUp = withMatcher ? await WaitForMatcherAsync(consumed, created + updated, clock) : null;
        var peak = PeakMemory.Bytes();
        if (withMatcher)
        {
            Console.WriteLine(matcherCaughtUp is { } t
                ? $"Matcher took in all {created + updated:N0} published results at {t.TotalSeconds:0.0} s"
                : $"Matcher had taken in {consumedWhenStopped:N0} of {created + updated:N0} published results when the clock stopped ({consumed.Count:N0} now): it is not keeping up");
        }
        await host.StopAsync();

        return new ImportFigures(files, rows, created + updated, rejected, updated, unchanged, merged, listed, events, elapsed,
            importCalls, elapsed - importCalls, matcherCaughtUp, consumedWhenStopped, cpu, io, peak, limitHit, fileRates, afterFirstFile, collector, jit, jitInFirstFile, loadAtStart, loadAtEnd, problems, profile.Entries());
    }

    /// <summary>The composition of services/Host/Program.cs, minus the demo and the web server, and minus the
    /// Matcher when it is measured as running elsewhere.</summary>
    private static IHost Build(string dataFolder, ImportProfile profile, bool withMatcher)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Huli:Profile"] = Profiles.Embedded,
            ["Huli:DataPath"] = dataFolder,
            ["Huli:Demo:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddServiceDefaults();
        builder.AddResultsService();
        builder.AddNeedsService();
        if (withMatcher)
        {
            builder.AddMatcherService();
        }

        builder.AddAllianceService();
        builder.AddMessageBus();
        profile.DecorateSearchIndexes(builder.Services);
        return builder.Build();
    }

    /// <summary>Loads what every record needs once per process (jieba's dictionaries, the sorting models) before
    /// the clock starts, so the figure is the import's rate, not start-up.</summary>
    private static void WarmUp(IServiceProvider services)
    {
        services.GetRequiredService<ITextAnalyzer>().Tokenize("预热分词 warm-up text");
        RecordSorting.Of("预热", "用于加载关键词与领域模型的预热文本", [], []);
    }

    private static async Task<ImportReport> ImportAsync(IServiceProvider services, string file)
    {
        using var importPath = ImportProfile.ImportPath();
        await using var scope = services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<ResultsMediator>();
        await using var stream = File.OpenRead(file);
        var outcome = await mediator.Send(new ImportResults(stream, Path.GetFileName(file), Secretariat));
        return outcome.Kind == OutcomeKind.Ok
            ? outcome.Value!
            : throw new InvalidOperationException($"{file} was refused ({outcome.Kind}): {outcome.Problem}");
    }

    /// <summary>Waits until the Results outbox holds nothing unpublished.</summary>
    private static async Task<(int Events, int Listed)> DrainOutboxAsync(IServiceProvider services)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
            if (await db.Outbox.CountAsync(m => m.PublishedAt == null) == 0)
            {
                return (await db.Outbox.CountAsync(), await db.Results.CountAsync());
            }

            if (deadline.Elapsed > DrainLimit)
            {
                throw new TimeoutException($"The Results outbox still held unpublished events after {DrainLimit.TotalMinutes} minutes.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<TimeSpan?> WaitForMatcherAsync(PublishedResultCounter consumed, int published, Stopwatch clock)
    {
        var pace = consumed.Count / clock.Elapsed.TotalSeconds;
        if (pace <= 0 || (published - consumed.Count) / pace > MatcherLimit.TotalSeconds)
        {
            return consumed.Count >= published ? clock.Elapsed : null;
        }

        var deadline = clock.Elapsed + MatcherLimit;
        while (consumed.Count < published)
        {
            if (clock.Elapsed > deadline)
            {
                return null;
            }

            await Task.Delay(50);
        }

        return clock.Elapsed;
    }

    /// <summary>Counts the published results consumers have finished with, one per <see cref="ResultPublished"/>
    /// and one per entry of a <see cref="ResultsPublished"/>, through MassTransit's public observer hook (not the
    /// Matcher's internals).</summary>
    private sealed class PublishedResultCounter : IConsumeObserver
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public Task PreConsume<T>(ConsumeContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context)
            where T : class
        {
            var results = context.Message switch
            {
                ResultPublished => 1,
                ResultsPublished batch => batch.Results.Count,
                _ => 0,
            };
            Interlocked.Add(ref count, results);

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }
}
