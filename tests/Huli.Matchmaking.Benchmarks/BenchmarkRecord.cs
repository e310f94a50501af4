using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>One generated result, as a line of the JSON Lines import file under the canonical field names.</summary>
public sealed record BenchmarkRecord
{
    /// <summary>Written as an institute's export would be: Chinese as is, not \u-escaped; absent fields left out.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public required string ExternalId { get; init; }

    public required string Title { get; init; }

    public required string Abstract { get; init; }

    public IReadOnlyList<string>? Keywords { get; init; }

    public IReadOnlyList<string>? Fields { get; init; }

    public int? Trl { get; init; }

    public required string Institute { get; init; }

    public IReadOnlyList<string>? CooperationModes { get; init; }

    public decimal? PriceMin { get; init; }

    public decimal? PriceMax { get; init; }

    public string? Region { get; init; }

    public string? CompletedOn { get; init; }
}
