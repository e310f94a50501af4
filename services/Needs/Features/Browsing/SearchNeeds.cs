using Huli.Matchmaking.Needs.Data;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.Needs.Indexing;
using Huli.Matchmaking.Search;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.TextAnalysis;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.Needs.Features.Browsing;

/// <summary>Full-text search over open needs, as far as the caller may see them.</summary>
public sealed record SearchNeeds(string Text, string? Field, int Page, int PageSize, Caller Caller) : IQuery<NeedSearchPage>;

public sealed record NeedSearchPage(int Page, int PageSize, IReadOnlyList<NeedHit> Hits);

public sealed record NeedHit(Guid Id, string Title, string Enterprise, IReadOnlyList<string> Fields, double Score, IReadOnlyList<string> MatchedTerms);

internal sealed class SearchNeedsHandler(NeedsDbContext db, ISearchIndexFactory indexes, ITextAnalyzer analyzer)
    : IQueryHandler<SearchNeeds, NeedSearchPage>
{
    public async ValueTask<NeedSearchPage> Handle(SearchNeeds query, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (!query.Caller.IsCoordinator)
        {
            filters[NeedIndexer.AudienceFacet] = [NeedVisibility.Everyone, NeedVisibility.OwnerAudience(query.Caller.Organisation)];
        }

        if (query.Field is not null)
        {
            filters[NeedIndexer.FieldFacet] = [query.Field];
        }

        var request = new SearchRequest(analyzer.Tokenize(query.Text), query.Page * query.PageSize, filters);
        var hits = (await indexes.Open(NeedIndexer.IndexName).SearchAsync(request, cancellationToken))
            .Skip((query.Page - 1) * query.PageSize)
            .ToList();
        var ids = hits.Select(h => Guid.Parse(h.Id)).ToList();
        var needs = await db.Needs.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);

        // The index is only a guide: visibility is checked again against the stored need.
        var page = hits
            .Select(h => (Hit: h, Need: needs.GetValueOrDefault(Guid.Parse(h.Id))))
            .Where(x => x.Need is not null && query.Caller.MaySee(x.Need))
            .Select(x => new NeedHit(x.Need!.Id, x.Need.Title, x.Need.Enterprise, x.Need.Fields, x.Hit.Score,
                query.Caller.MaySeeDescription(x.Need) ? x.Hit.MatchedTerms : []))
            .ToList();
        return new NeedSearchPage(query.Page, query.PageSize, page);
    }
}
