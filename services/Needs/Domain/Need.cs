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

    public NeedConfidentiality Confidentiality { get; set; }

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
    Closed,
}
