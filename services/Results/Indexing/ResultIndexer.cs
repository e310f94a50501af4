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
    public async Task IndexAsync(ResearchResult result, CancellationToken cancellationToken)
    {
        var index = indexes.Open(ResultFacets.IndexName);
        var pipeline = pipelines.GetPipeline(SearchResilience.PipelineKey);
        if (result.Status == ResultStatus.Withdrawn)
        {
            await pipeline.ExecuteAsync(async ct => await index.DeleteAsync(result.Id.ToString(), ct), cancellationToken);
            return;
        }

        var document = new SearchDocument(
            result.Id.ToString(),
            analyzer.Tokenize(result.Title),
            analyzer.Tokenize(string.Join(' ', result.Keywords)),
            analyzer.Tokenize(result.Abstract),
            ResultFacets.Of(result),
            result.UpdatedAt);
        await pipeline.ExecuteAsync(async ct => await index.UpsertAsync(document, ct), cancellationToken);
    }
}
