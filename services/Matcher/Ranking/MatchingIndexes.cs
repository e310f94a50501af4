using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Matcher.Domain;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.TextAnalysis;
using Polly;
using Polly.Registry;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>The Matcher's two indexes: research results, which a need's query ranks, and open needs, which a new
/// result is checked against to find the needs whose rankings it may enter.</summary>
public sealed class MatchingIndexes(ISearchIndexFactory indexes, ITextAnalyzer analyzer, ResiliencePipelineProvider<string> pipelines)
{
    public const string ResultsIndexName = "matcher-results";
    public const string NeedsIndexName = "matcher-needs";

    private ResiliencePipeline Pipeline => pipelines.GetPipeline(SearchResilience.PipelineKey);

    public ISearchIndex Results => indexes.Open(ResultsIndexName);

    public ISearchIndex Needs => indexes.Open(NeedsIndexName);

    public ITextAnalyzer Analyzer => analyzer;

    /// <summary>Writes a batch of results in one commit.</summary>
    public async Task IndexResultsAsync(IReadOnlyCollection<ResultPublished> results, CancellationToken cancellationToken)
    {
        var documents = results.Select(r => Document(r.ResultId, r.Title, r.Keywords, r.Abstract)).ToList();
        await Pipeline.ExecuteAsync(async ct => await Results.UpsertManyAsync(documents, ct), cancellationToken);
    }

    public async Task IndexNeedAsync(MatchableNeed need, CancellationToken cancellationToken)
    {
        var document = Document(need.NeedId, need.Title, need.Keywords, need.Description);
        await Pipeline.ExecuteAsync(async ct => await Needs.UpsertAsync(document, ct), cancellationToken);
    }

    public async Task RemoveAsync(ISearchIndex index, Guid id, CancellationToken cancellationToken) =>
        await Pipeline.ExecuteAsync(async ct => await index.DeleteAsync(id.ToString(), ct), cancellationToken);

    /// <summary>The query tokens of a record: title, keywords and text, in the order a reader meets them.</summary>
    public IReadOnlyList<string> QueryTokens(string title, IReadOnlyList<string> keywords, string text) =>
        [.. analyzer.Tokenize(title), .. analyzer.Tokenize(string.Join(' ', keywords)), .. analyzer.Tokenize(text)];

    private SearchDocument Document(Guid id, string title, IReadOnlyList<string> keywords, string text) => new(
        id.ToString(),
        analyzer.Tokenize(title),
        analyzer.Tokenize(string.Join(' ', keywords)),
        analyzer.Tokenize(text),
        new Dictionary<string, IReadOnlyList<string>>());
}
