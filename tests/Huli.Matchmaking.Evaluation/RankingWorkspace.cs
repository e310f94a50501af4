using Huli.Matchmaking.Matcher;
using Huli.Matchmaking.Matcher.Ranking;
using Huli.Matchmaking.Matcher.Ranking.Learning;
using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.Sorting.Classification;
using Huli.Matchmaking.TextAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace Huli.Matchmaking.Evaluation;

/// <summary>
/// The Matcher's ranking pipeline, registered as the service registers it, over a Lucene index in a temp folder:
/// an evaluation set's corpus goes in as research results, its queries come out as needs. Records get industry
/// fields from Sorting's classifier, as the registration form gives real records theirs.
/// </summary>
public sealed class RankingWorkspace : IDisposable
{
    private const int BatchSize = 1000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "huli-evaluation", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly Dictionary<Guid, string> _documentIds = [];
    private readonly Dictionary<string, Guid> _resultIds = new(StringComparer.Ordinal);

    /// <param name="models">Models to rank with instead of the shipped ones: retraining ranks with the prior,
    /// so a new feature can be trained before any model file knows it.</param>
    public RankingWorkspace(RankingModels? models = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITextAnalyzer, ChineseEnglishAnalyzer>();
        services.AddSingleton<ISearchIndexFactory>(_ => new LuceneSearchIndexFactory(_folder));
        services.AddSearchResilience();
        services.AddMatcherRanking();
        if (models is not null)
        {
            services.AddSingleton(models);
        }

        _services = services.BuildServiceProvider();
        Ranker = _services.GetRequiredService<NeedRanker>();
        Catalog = _services.GetRequiredService<ResultCatalog>();
        Analyzer = _services.GetRequiredService<ProfileAnalyzer>();
    }

    public NeedRanker Ranker { get; }

    public ResultCatalog Catalog { get; }

    public ProfileAnalyzer Analyzer { get; }

    public async Task LoadAsync(IReadOnlyList<EvaluationDocument> corpus, CancellationToken cancellationToken)
    {
        var indexes = _services.GetRequiredService<MatchingIndexes>();
        foreach (var batch in corpus.Chunk(BatchSize))
        {
            foreach (var document in batch)
            {
                _resultIds[document.Id] = Guid.NewGuid();
            }

            var profiles = batch.AsParallel().AsOrdered().Select(ToProfile).ToList();
            foreach (var (profile, document) in profiles.Zip(batch))
            {
                Catalog.Upsert(profile);
                _documentIds[profile.ResultId] = document.Id;
            }

            await indexes.IndexResultsAsync(profiles, cancellationToken);
        }
    }

    public NeedProfile Need(EvaluationQuery query) => new(
        Guid.NewGuid(),
        query.Title,
        Analyzer.Analyse(query.Title, query.Keywords, query.Text),
        FieldClassifier.ConfidentFields(query.Title, query.Text, query.Keywords),
        DateOnly.FromDateTime(DateTime.UtcNow),
        Language: RankingLanguage.Of(query.Title, query.Text));

    /// <summary>The result id a corpus document was loaded as; null for a judged document the corpus lacks.</summary>
    public Guid? ResultIdOf(string documentId) => _resultIds.TryGetValue(documentId, out var id) ? id : null;

    public string DocumentId(Guid resultId) => _documentIds[resultId];

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private ResultProfile ToProfile(EvaluationDocument document) => new(
        _resultIds[document.Id],
        document.Title,
        "",
        Analyzer.Analyse(document.Title, document.Keywords, document.Text),
        FieldClassifier.ConfidentFields(document.Title, document.Text, document.Keywords));
}
