using System.Collections.Concurrent;
using System.Diagnostics;
using Huli.Matchmaking.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>One line of the profile: how often something ran and how long it took in total.</summary>
public sealed record ProfileEntry(string Step, bool OnImportPath, long Count, TimeSpan Total);

/// <summary>
/// A cheap profile of the import through public hooks only: EF Core's diagnostic events (every SQL command and
/// every committed transaction, with its duration, per DbContext) and a timing decorator around the search index
/// port (<see cref="ISearchIndexFactory"/>, per index). Work done inside an <c>ImportResults</c> call is told apart
/// from the background (outbox publisher, Matcher) by an async-local flag.
/// </summary>
public sealed class ImportProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<bool> InImport = new();

    private readonly ConcurrentDictionary<(string Step, bool OnImportPath), Tally> tallies = new();
    private readonly List<IDisposable> subscriptions = [];

    public ImportProfile()
    {
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public bool Recording { get; set; }

    /// <summary>Marks the calling flow (and what it awaits) as the import's own.</summary>
    public static IDisposable ImportPath()
    {
        InImport.Value = true;
        return new Unmark();
    }

    /// <summary>Wraps whatever search backend the host registered in a timing decorator.</summary>
    public void DecorateSearchIndexes(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ISearchIndexFactory));
        services.Remove(original);
        services.AddSingleton<ISearchIndexFactory>(provider =>
        {
            var inner = original.ImplementationInstance as ISearchIndexFactory
                ?? original.ImplementationFactory?.Invoke(provider) as ISearchIndexFactory
                ?? (ISearchIndexFactory)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
            return new TimedIndexFactory(inner, this);
        });
    }

    public IReadOnlyList<ProfileEntry> Entries() => tallies
        .Select(t => new ProfileEntry(t.Key.Step, t.Key.OnImportPath, t.Value.Count, TimeSpan.FromTicks(t.Value.Ticks)))
        .OrderByDescending(e => e.OnImportPath)
        .ThenByDescending(e => e.Total)
        .ToList();

    public void Dispose()
    {
        subscriptions.ForEach(s => s.Dispose());
        subscriptions.Clear();
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this, name =>
                    name == RelationalEventId.CommandExecuted.Name || name == RelationalEventId.TransactionCommitted.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case CommandExecutedEventData command:
                Add($"SQL commands ({Name(command.Context)})", command.Duration);
                break;
            case TransactionEndEventData transaction:
                Add($"SQL commits ({Name(transaction.Context)})", transaction.Duration);
                break;
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    private void Add(string step, TimeSpan duration)
    {
        if (!Recording)
        {
            return;
        }

        var tally = tallies.GetOrAdd((step, InImport.Value), _ => new Tally());
        Interlocked.Increment(ref tally.Count);
        Interlocked.Add(ref tally.Ticks, duration.Ticks);
    }

    private static string Name(DbContext? context) => context?.GetType().Name ?? "no context";

    private sealed class Tally
    {
        public long Count;
        public long Ticks;
    }

    private sealed class Unmark : IDisposable
    {
        public void Dispose() => InImport.Value = false;
    }

    private sealed class TimedIndexFactory(ISearchIndexFactory inner, ImportProfile profile) : ISearchIndexFactory, IDisposable
    {
        private readonly ConcurrentDictionary<string, ISearchIndex> opened = new(StringComparer.Ordinal);

        public ISearchIndex Open(string name) => opened.GetOrAdd(name, n => new TimedIndex(inner.Open(n), n, profile));

        public void Dispose() => (inner as IDisposable)?.Dispose();
    }

    private sealed class TimedIndex(ISearchIndex inner, string name, ImportProfile profile) : ISearchIndex
    {
        public Task UpsertAsync(SearchDocument document, CancellationToken cancellationToken = default) =>
            Time("writes", () => inner.UpsertAsync(document, cancellationToken));

        public Task UpsertManyAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default) =>
            Time("writes", () => inner.UpsertManyAsync(documents, cancellationToken));

        public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
            Time("writes", () => inner.DeleteAsync(id, cancellationToken));

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
            Time("searches", () => inner.SearchAsync(request, cancellationToken));

        public Task<int> CountMatchesAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
            Time("searches", () => inner.CountMatchesAsync(request, cancellationToken));

        public Task<bool> ContainsAsync(string id, CancellationToken cancellationToken = default) =>
            Time("searches", () => inner.ContainsAsync(id, cancellationToken));

        public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
            Time("searches", () => inner.CountAsync(cancellationToken));

        private async Task Time(string operation, Func<Task> call)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await call();
            }
            finally
            {
                profile.Add($"index {operation} ({name})", Stopwatch.GetElapsedTime(started));
            }
        }

        private async Task<T> Time<T>(string operation, Func<Task<T>> call)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await call();
            }
            finally
            {
                profile.Add($"index {operation} ({name})", Stopwatch.GetElapsedTime(started));
            }
        }
    }
}
