using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Domain;

namespace Huli.Matchmaking.Results.Features.Publishing;

internal static class ResultEvents
{
    public static ResultPublished Published(ResearchResult r, DateTimeOffset at) =>
        new(r.Id, r.Version, r.Title, r.Abstract, r.Keywords, r.Fields, r.Trl, r.Institute, at,
            r.CooperationModes, r.Region, r.PriceMin, r.PriceMax, r.CompletedOn, r.Language);
}
