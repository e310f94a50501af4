using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Indexing;

namespace Huli.Matchmaking.Results.Domain;

/// <summary>A research result (科技成果) listed by an institute.</summary>
public sealed class ResearchResult : IIndexedRecord
{
    public Guid Id { get; set; }

    /// <summary>The institute's own id for the record, when it has one; re-submitting it updates.</summary>
    public string? ExternalId { get; set; }

    public required string Title { get; set; }

    public required string Abstract { get; set; }

    public List<string> Keywords { get; set; } = [];

    public List<string> Fields { get; set; } = [];

    /// <summary>True when the keywords were extracted from the text because the institute gave none.</summary>
    public bool KeywordsExtracted { get; set; }

    /// <summary>The classifier's confidence when the fields were inferred from the text; null when the institute
    /// named them.</summary>
    public double? FieldConfidence { get; set; }

    /// <summary>SimHash of the analysed text: how the same result arriving by another channel is recognised.</summary>
    public long Fingerprint { get; set; }

    /// <summary>External ids the result also arrived under (another channel's copy merged into this record).</summary>
    public List<string> AlternateIds { get; set; } = [];

    /// <summary>Technology readiness level, GB/T 22900-2022, 1 to 9.</summary>
    public int? Trl { get; set; }

    public required string Institute { get; set; }

    public string? Team { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public ResultForm? Form { get; set; }

    public IpStatus? IpStatus { get; set; }

    public List<string> PatentNumbers { get; set; } = [];

    public List<CooperationMode> CooperationModes { get; set; } = [];

    /// <summary>Asking price range in 万元 (10,000 CNY), as institutes quote it.</summary>
    public decimal? PriceMin { get; set; }

    public decimal? PriceMax { get; set; }

    public string? Region { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>zh, en or mixed, detected from the text.</summary>
    public string Language { get; set; } = "zh";

    /// <summary>Every channel the result arrived by: one record, several sources.</summary>
    public List<RecordSource> Sources { get; set; } = [];

    public ResultStatus Status { get; set; } = ResultStatus.Listed;

    /// <summary>Grows with every change; events carry it so consumers can drop stale copies.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The version last written to the search index; behind <see cref="Version"/> after a crash, until
    /// the catch-up at start re-indexes it.</summary>
    public int IndexedVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ResultStatus
{
    Listed,
    Withdrawn,
}
