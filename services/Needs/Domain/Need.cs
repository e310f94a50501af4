using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Indexing;

namespace Huli.Matchmaking.Needs.Domain;

/// <summary>A technical need (技术需求) posted by an enterprise.</summary>
public sealed class Need : IIndexedRecord
{
    public Guid Id { get; set; }

    public string? ExternalId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public List<string> Keywords { get; set; } = [];

    public List<string> Fields { get; set; } = [];

    /// <summary>True when the keywords were extracted from the text because the enterprise gave none.</summary>
    public bool KeywordsExtracted { get; set; }

    /// <summary>The classifier's confidence when the fields were inferred from the text.</summary>
    public double? FieldConfidence { get; set; }

    public NeedConfidentiality Confidentiality { get; set; }

    /// <summary>The institutes a coordinator confirmed a pairing with: a sealed need is released to them.</summary>
    public List<string> ReleasedTo { get; set; } = [];

    /// <summary>The measurable targets (量化指标), e.g. "漏检率 &lt; 0.5%, 节拍 &lt; 2 秒/件".</summary>
    public string? QuantifiedTargets { get; set; }

    /// <summary>The technology readiness levels (GB/T 22900) the enterprise can take on.</summary>
    public int? TrlMin { get; set; }

    public int? TrlMax { get; set; }

    public List<CooperationMode> CooperationModes { get; set; } = [];

    /// <summary>Budget range in 万元 (10,000 CNY).</summary>
    public decimal? BudgetMin { get; set; }

    public decimal? BudgetMax { get; set; }

    /// <summary>The date the need lapses; after it the need is expired.</summary>
    public DateOnly? Deadline { get; set; }

    public string? Region { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string Language { get; set; } = "zh";

    public List<RecordSource> Sources { get; set; } = [];

    /// <summary>The enterprise that owns the need.</summary>
    public required string Enterprise { get; set; }

    public NeedStatus Status { get; set; } = NeedStatus.Open;

    public int Version { get; set; } = 1;

    public int IndexedVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum NeedStatus
{
    Open,

    /// <summary>A confirmed pairing is being taken forward; the need is still matched.</summary>
    InProgress,
    Closed,
    Expired,
}
