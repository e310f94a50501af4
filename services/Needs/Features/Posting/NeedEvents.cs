using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Domain;

namespace Huli.Matchmaking.Needs.Features.Posting;

internal static class NeedEvents
{
    public static NeedPublished Published(Need n, DateTimeOffset at) =>
        new(n.Id, n.Version, n.Title, n.Description, n.Keywords, n.Fields, n.Enterprise, n.Confidentiality, at,
            n.QuantifiedTargets, n.TrlMin, n.TrlMax, n.CooperationModes, n.BudgetMin, n.BudgetMax, n.Deadline, n.Region, n.Language);
}
