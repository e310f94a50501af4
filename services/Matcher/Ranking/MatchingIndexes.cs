using Huli.Matchmaking.Matcher.Ranking.Profiles;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Polly;
using Polly.Registry;

namespace Huli.Matchmaking.Matcher.Ranking;

/// <summary>The Matcher's index of listed research results, which the candidate stage of a need's ranking
/// searches. Documents carry the same analysed tokens as the in-memory catalog, and no matched terms: the ranking
/// works those out from the catalog.</summary>
public sealed class MatchingIndexes(ISearchIndexFactory indexes, TokenVocabulary vocabulary, ResiliencePipelineProvider<string> pipelines)
{
    public const string ResultsIndexName = "matcher-results";

    private ResiliencePipeline Pipeline => pipelines.GetPipeline(SearchResilience.PipelineKey);

    public ISearchIndex Results => indexes.Open(ResultsIndexName);

    public async Task IndexResultsAsync(IEnumerable<ResultProfile> results, CancellationToken cancellationToken)
    {
        var documents = results.Select(Document).ToList();
        await Pipeline.ExecuteAsync(async ct => await Results.UpsertManyAsync(documents, ct), cancellationToken);
    }

    public async Task RemoveResultAsync(Guid id, CancellationToken cancellationToken) =>
        await Pipeline.ExecuteAsync(async ct => await Results.DeleteAsync(id.ToString(), ct), cancellationToken);

    private SearchDocument Document(ResultProfile result) => new(
        result.ResultId.ToString(),
        Tokens(result.Tokens.Title),
        Tokens(result.Tokens.KeywordTokens),
        Tokens(result.Tokens.Text),
        new Dictionary<string, IReadOnlyList<string>>(),
        KeepsMatchedTerms: false);

    private string[] Tokens(int[] ids) => [.. ids.Select(vocabulary.TokenOf)];
}
