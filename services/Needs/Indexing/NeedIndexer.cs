using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Hosting;
using Huli.Matchmaking.ServiceDefaults.Indexing;
using Huli.Matchmaking.TextAnalysis;
using Polly.Registry;

namespace Huli.Matchmaking.Needs.Indexing;

/// <summary>Keeps the Needs service's search index in step with its database. Needs that are sought (open or in
/// progress) only: a closed or expired need is no longer sought.</summary>
internal sealed class NeedIndexer(ISearchIndexFactory indexes, ITextAnalyzer analyzer, ResiliencePipelineProvider<string> pipelines)
    : IRecordIndexer<Need>
{
    /// <summary>2: documents carry their owner, which <c>mine=true</c> filters on.</summary>
    public int Layout => 2;

    public async Task IndexAsync(Need need, CancellationToken cancellationToken)
    {
        var index = indexes.Open(NeedFacets.IndexName);
        var pipeline = pipelines.GetPipeline(SearchResilience.PipelineKey);
        if (need.Status is NeedStatus.Closed or NeedStatus.Expired)
        {
            await pipeline.ExecuteAsync(async ct => await index.DeleteAsync(need.Id.ToString(), ct), cancellationToken);
            return;
        }

        var document = new SearchDocument(
            need.Id.ToString(),
            analyzer.Tokenize(need.Title),
            analyzer.Tokenize(string.Join(' ', need.Keywords)),
            analyzer.Tokenize(need.Description),
            NeedFacets.Of(need),
            need.UpdatedAt);
        await pipeline.ExecuteAsync(async ct => await index.UpsertAsync(document, ct), cancellationToken);
    }
}
