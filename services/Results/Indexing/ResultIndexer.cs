using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.TextAnalysis;
using Polly.Registry;

namespace Huli.Matchmaking.Results.Indexing;

/// <summary>Keeps the Results service's search index in step with its database.</summary>
internal sealed class ResultIndexer(ISearchIndexFactory indexes, ITextAnalyzer analyzer, ResiliencePipelineProvider<string> pipelines)
    : IRecordIndexer<ResearchResult>
{
    public const string IndexName = "results";
    public const string StatusFacet = "status";
    public const string FieldFacet = "field";
    public const string Listed = "listed";

    public async Task IndexAsync(ResearchResult result, CancellationToken cancellationToken)
    {
        var index = indexes.Open(IndexName);
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
            new Dictionary<string, IReadOnlyList<string>>
            {
                [StatusFacet] = [Listed],
                [FieldFacet] = result.Fields,
            });
        await pipeline.ExecuteAsync(async ct => await index.UpsertAsync(document, ct), cancellationToken);
    }
}
