namespace Huli.Matchmaking.Contracts;

/// <summary>Results listed together, as an institute's file lists them: one event for a batch rather than a
/// <see cref="ResultPublished"/> each, because a bus message per result cost an import more than storing and
/// indexing the result did. Each entry is what its own <see cref="ResultPublished"/> would have said, versions
/// included, so a consumer treats them alike. Batches hold at most <see cref="MaxResults"/> results.</summary>
public record ResultsPublished(IReadOnlyList<ResultPublished> Results)
{
    /// <summary>About 1.5 MB of JSON: small enough for any broker, large enough that a 100,000-row file is
    /// 200 messages.</summary>
    public const int MaxResults = 500;
}
