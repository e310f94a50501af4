using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Results.Domain;
using System.Text.Json;

namespace Huli.Matchmaking.Results.Indexing;

/// <summary>The exact-match values a result is filtered by in search.</summary>
public static class ResultFacets
{
    public const string IndexName = "results";
    public const string Institute = "institute";
    public const string Field = "field";
    public const string Trl = "trl";
    public const string Mode = "mode";
    public const string Region = "region";
    public const string Language = "language";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(ResearchResult result)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            [Institute] = [result.Institute],
            [Field] = result.Fields,
            [Mode] = result.CooperationModes.Select(ModeValue).ToList(),
            [Language] = [result.Language],
        };
        if (result.Trl is { } trl)
        {
            facets[Trl] = [TrlValue(trl)];
        }

        if (result.Region is { } region)
        {
            facets[Region] = [region];
        }

        return facets;
    }

    public static string TrlValue(int level) => level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The mode as the API writes it (camelCase), so a filter value and an indexed value agree.</summary>
    public static string ModeValue(CooperationMode mode) => JsonNamingPolicy.CamelCase.ConvertName(mode.ToString());
}
