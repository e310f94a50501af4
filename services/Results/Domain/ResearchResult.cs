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

    /// <summary>Technology readiness level, GB/T 22900-2022, 1 to 9.</summary>
    public int? Trl { get; set; }

    public required string Institute { get; set; }

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
