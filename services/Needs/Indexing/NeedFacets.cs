using System.Text.Json;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Needs.Domain;

namespace Huli.Matchmaking.Needs.Indexing;

/// <summary>The exact-match values a need is filtered by in search, its audience among them.</summary>
public static class NeedFacets
{
    public const string IndexName = "needs";
    public const string Audience = "audience";
    public const string Owner = "owner";
    public const string Field = "field";
    public const string Mode = "mode";
    public const string Region = "region";
    public const string Status = "status";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(Need need)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            [Audience] = NeedVisibility.Audience(need),
            [Owner] = [need.Enterprise],
            [Field] = need.Fields,
            [Mode] = need.CooperationModes.Select(ModeValue).ToList(),
            [Status] = [StatusValue(need.Status)],
        };
        if (need.Region is { } region)
        {
            facets[Region] = [region];
        }

        return facets;
    }

    public static string ModeValue(CooperationMode mode) => JsonNamingPolicy.CamelCase.ConvertName(mode.ToString());

    public static string StatusValue(NeedStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
