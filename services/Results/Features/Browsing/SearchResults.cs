using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Data;
using Huli.Matchmaking.Results.Indexing;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.Search.Highlighting;
using Huli.Matchmaking.TextAnalysis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Results.Features.Browsing;

/// <summary>Full-text search over listed results with filters; without text it lists the newest. An
/// <c>Institute</c> keeps that institute's results only.</summary>
public sealed record SearchResults(
    string? Text,
    string? Field,
    int? TrlMin,
    int? TrlMax,
    CooperationMode? Mode,
    string? Region,
    SearchSort Sort,
    int Page,
    int PageSize,
    string? Institute = null) : IQuery<SearchPage>;

public sealed record SearchPage(int Page, int PageSize, int Total, IReadOnlyList<ResultHit> Hits);

/// <summary>A hit, with its title and a passage of its abstract where the matched terms are marked &lt;em&gt;.</summary>
public sealed record ResultHit(
    Guid Id,
    string Title,
    string Institute,
    IReadOnlyList<string> Fields,
    int? Trl,
    IReadOnlyList<CooperationMode> CooperationModes,
    string? Region,
    DateTimeOffset UpdatedAt,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    string TitleHighlight,
    string AbstractHighlight);

internal sealed class SearchResultsHandler(ResultsDbContext db, ISearchIndexFactory indexes, ITextAnalyzer analyzer)
    : IQueryHandler<SearchResults, SearchPage>
{
    public async ValueTask<SearchPage> Handle(SearchResults query, CancellationToken cancellationToken)
    {
        var tokens = analyzer.Tokenize(query.Text);
        var sort = tokens.Count == 0 ? SearchSort.Newest : query.Sort;
        var request = new SearchRequest(tokens, query.PageSize, Filters(query), Skip: (query.Page - 1) * query.PageSize, Sort: sort);
        var index = indexes.Open(ResultFacets.IndexName);
        var hits = await index.SearchAsync(request, cancellationToken);
        var total = await index.CountMatchesAsync(request, cancellationToken);
        var ids = hits.Select(h => Guid.Parse(h.Id)).ToList();
        var results = await db.Results.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var page = hits
            .Where(h => results.ContainsKey(Guid.Parse(h.Id)))
            .Select(h =>
            {
                var r = results[Guid.Parse(h.Id)];
                return new ResultHit(r.Id, r.Title, r.Institute, r.Fields, r.Trl, r.CooperationModes, r.Region, r.UpdatedAt, h.Score,
                    h.MatchedTerms, Snippet.Highlight(r.Title, h.MatchedTerms, maxLength: 300), Snippet.Highlight(r.Abstract, h.MatchedTerms));
            })
            .ToList();
        return new SearchPage(query.Page, query.PageSize, total, page);
    }

    private static Dictionary<string, IReadOnlyList<string>> Filters(SearchResults query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (query.Institute is not null)
        {
            filters[ResultFacets.Institute] = [query.Institute];
        }

        if (query.Field is not null)
        {
            filters[ResultFacets.Field] = [query.Field];
        }

        if (query.TrlMin is not null || query.TrlMax is not null)
        {
            var from = query.TrlMin ?? 1;
            var to = query.TrlMax ?? 9;
            filters[ResultFacets.Trl] = Enumerable.Range(from, Math.Max(0, to - from + 1)).Select(ResultFacets.TrlValue).ToList();
        }

        if (query.Mode is { } mode)
        {
            filters[ResultFacets.Mode] = [ResultFacets.ModeValue(mode)];
        }

        if (query.Region is not null)
        {
            filters[ResultFacets.Region] = [query.Region];
        }

        return filters;
    }
}
