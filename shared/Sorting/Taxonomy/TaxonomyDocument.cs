using System.Text.Json.Serialization;

namespace Huli.Matchmaking.Sorting.Taxonomy;

/// <summary>The shape of industry-fields.json, read as it is and validated by <see cref="IndustryTaxonomy"/>.</summary>
internal sealed class TaxonomyDocument
{
    [JsonPropertyName("version")]
    public int Version { get; init; }

    [JsonPropertyName("fields")]
    public List<FieldEntry> Fields { get; init; } = [];

    internal sealed class FieldEntry
    {
        [JsonPropertyName("code")]
        public string? Code { get; init; }

        [JsonPropertyName("group")]
        public string? Group { get; init; }

        [JsonPropertyName("zh")]
        public string? Chinese { get; init; }

        [JsonPropertyName("en")]
        public string? English { get; init; }

        [JsonPropertyName("description")]
        public LanguagePair<string>? Description { get; init; }

        [JsonPropertyName("national")]
        public List<string>? National { get; init; }

        [JsonPropertyName("terms")]
        public LanguagePair<List<string>>? Terms { get; init; }
    }

    internal sealed class LanguagePair<T>
        where T : class
    {
        [JsonPropertyName("zh")]
        public T? Chinese { get; init; }

        [JsonPropertyName("en")]
        public T? English { get; init; }
    }
}
