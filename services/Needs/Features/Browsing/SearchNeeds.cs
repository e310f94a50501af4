using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Needs.Indexing;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.Search.Highlighting;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.TextAnalysis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Features.Browsing;

/// <summary>Full-text search over sought needs, as far as the caller may see them; without text it lists the
/// newest. <c>Mine</c> keeps the caller's own organisation's needs, which it sees whole whatever their
/// confidentiality.</summary>
public sealed record SearchNeeds(
    string? Text,
    string? Field,
    CooperationMode? Mode,
    string? Region,
    NeedStatus? Status,
    SearchSort Sort,
    int Page,
    int PageSize,
    Caller Caller,
    bool Mine = false) : IQuery<NeedSearchPage>;

public sealed record NeedSearchPage(int Page, int PageSize, int Total, IReadOnlyList<NeedHit> Hits);

/// <summary>A hit; the description passage is empty where the caller may only see the need's summary.</summary>
public sealed record NeedHit(
    Guid Id,
    string Title,
    string Enterprise,
    IReadOnlyList<string> Fields,
    NeedStatus Status,
    DateTimeOffset UpdatedAt,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    string TitleHighlight,
    string DescriptionHighlight);

internal sealed class SearchNeedsHandler(NeedsDbContext db, ISearchIndexFactory indexes, ITextAnalyzer analyzer)
    : IQueryHandler<SearchNeeds, NeedSearchPage>
{
    public async ValueTask<NeedSearchPage> Handle(SearchNeeds query, CancellationToken cancellationToken)
    {
        var caller = query.Caller;
        var tokens = analyzer.Tokenize(query.Text);
        var sort = tokens.Count == 0 ? SearchSort.Newest : query.Sort;
        var request = new SearchRequest(tokens, query.PageSize, Filters(query), Skip: (query.Page - 1) * query.PageSize, Sort: sort);
        var index = indexes.Open(NeedFacets.IndexName);
        var hits = await index.SearchAsync(request, cancellationToken);
        var total = await index.CountMatchesAsync(request, cancellationToken);
        var ids = hits.Select(h => Guid.Parse(h.Id)).ToList();
        var needs = await db.Needs.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);

        // The index is only a guide: visibility is checked again against the stored need, and terms matched in
        // a description the caller may not read are not shown either.
        var page = hits
            .Select(h => (Hit: h, Need: needs.GetValueOrDefault(Guid.Parse(h.Id))))
            .Where(x => x.Need is not null && caller.MaySee(x.Need))
            .Select(x =>
            {
                var whole = caller.MaySeeDescription(x.Need!);
                var terms = whole ? x.Hit.MatchedTerms : [];
                return new NeedHit(x.Need!.Id, x.Need.Title, x.Need.Enterprise, x.Need.Fields, x.Need.Status, x.Need.UpdatedAt, x.Hit.Score,
                    terms, Snippet.Highlight(x.Need.Title, terms, maxLength: 300), whole ? Snippet.Highlight(x.Need.Description, terms) : "");
            })
            .ToList();
        return new NeedSearchPage(query.Page, query.PageSize, total, page);
    }

    private static Dictionary<string, IReadOnlyList<string>> Filters(SearchNeeds query)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (!query.Caller.IsCoordinator)
        {
            filters[NeedFacets.Audience] = [NeedVisibility.Everyone, NeedVisibility.OwnerAudience(query.Caller.Organisation)];
        }

        if (query.Mine)
        {
            filters[NeedFacets.Owner] = [query.Caller.Organisation];
        }

        if (query.Field is not null)
        {
            filters[NeedFacets.Field] = [query.Field];
        }

        if (query.Mode is { } mode)
        {
            filters[NeedFacets.Mode] = [NeedFacets.ModeValue(mode)];
        }

        if (query.Region is not null)
        {
            filters[NeedFacets.Region] = [query.Region];
        }

        if (query.Status is { } status)
        {
            filters[NeedFacets.Status] = [NeedFacets.StatusValue(status)];
        }

        return filters;
    }
}
