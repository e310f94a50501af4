using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Indexing;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.TextAnalysis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Browsing;

/// <summary>Full-text search over listed results, optionally within one industry field.</summary>
public sealed record SearchResults(string Text, string? Field, int Page, int PageSize) : IQuery<SearchPage>;

public sealed record SearchPage(int Page, int PageSize, IReadOnlyList<ResultHit> Hits);

public sealed record ResultHit(Guid Id, string Title, string Institute, IReadOnlyList<string> Fields, int? Trl, double Score, IReadOnlyList<string> MatchedTerms);

internal sealed class SearchResultsHandler(ResultsDbContext db, ISearchIndexFactory indexes, ITextAnalyzer analyzer)
    : IQueryHandler<SearchResults, SearchPage>
{
    public async ValueTask<SearchPage> Handle(SearchResults query, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { [ResultIndexer.StatusFacet] = [ResultIndexer.Listed] };
        if (query.Field is not null)
        {
            filters[ResultIndexer.FieldFacet] = [query.Field];
        }

        var request = new SearchRequest(analyzer.Tokenize(query.Text), query.Page * query.PageSize, filters);
        var hits = (await indexes.Open(ResultIndexer.IndexName).SearchAsync(request, cancellationToken))
            .Skip((query.Page - 1) * query.PageSize)
            .ToList();
        var ids = hits.Select(h => Guid.Parse(h.Id)).ToList();
        var results = await db.Results.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var page = hits
            .Where(h => results.ContainsKey(Guid.Parse(h.Id)))
            .Select(h =>
            {
                var r = results[Guid.Parse(h.Id)];
                return new ResultHit(r.Id, r.Title, r.Institute, r.Fields, r.Trl, h.Score, h.MatchedTerms);
            })
            .ToList();
        return new SearchPage(query.Page, query.PageSize, page);
    }
}
