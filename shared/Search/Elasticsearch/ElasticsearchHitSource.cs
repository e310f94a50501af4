using System.Text.Json.Serialization;

namespace Huli.Matchmaking.Search;

/// <summary>The part of _source a search fetches: just the distinct tokens, to report matched terms.</summary>
internal sealed record ElasticsearchHitSource(
    [property: JsonPropertyName(ElasticsearchFields.Tokens)] IReadOnlyList<string>? Tokens);
