using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.TextAnalysis;
using Polly.Registry;

namespace Huli.Matchmaking.Results.Indexing;

/// <summary>Keeps the Results service's search index in step with its database. Withdrawn results leave it;
/// listed ones carry the facets that search filters on.</summary>
internal sealed class ResultIndexer(ISearchIndexFactory indexes, ITextAnalyzer analyzer, ResiliencePipelineProvider<string> pipelines)
    : IRecordIndexer<ResearchResult>
{
    /// <summary>2: documents carry their owner, which <c>mine=true</c> filters on.</summary>
    public int Layout => 2;

    public Task IndexAsync(ResearchResult result, CancellationToken cancellationToken) =>
        IndexManyAsync([result], cancellationToken);

    /// <summary>Analyses the batch, then writes it in one commit. On the calling thread: an import's write runs
    /// beside its listing and sorting, which keep the other core busy, and parts of it queued on the thread pool
    /// waited for those.</summary>
    public async Task IndexManyAsync(IReadOnlyCollection<ResearchResult> results, CancellationToken cancellationToken)
    {
        var index = indexes.Open(ResultFacets.IndexName);
        var pipeline = pipelines.GetPipeline(SearchResilience.PipelineKey);
        foreach (var withdrawn in results.Where(r => r.Status == ResultStatus.Withdrawn))
        {
            await pipeline.ExecuteAsync(async ct => await index.DeleteAsync(withdrawn.Id.ToString(), ct), cancellationToken);
        }

        var documents = results
            .Where(r => r.Status == ResultStatus.Listed)
            .Select(Document)
            .ToList();
        if (documents.Count > 0)
        {
            await pipeline.ExecuteAsync(async ct => await index.UpsertManyAsync(documents, ct), cancellationToken);
        }
    }

    private SearchDocument Document(ResearchResult result) => new(
        result.Id.ToString(),
        analyzer.Tokenize(result.Title),
        analyzer.Tokenize(string.Join(' ', result.Keywords)),
        analyzer.Tokenize(result.Abstract),
        ResultFacets.Of(result),
        result.UpdatedAt);
}
