namespace Huli.Matchmaking.Results.Domain;

/// <summary>Another external id a result is known by: the id its copy had on another channel before the two were
/// merged. Kept in its own indexed table so that finding a record by any of its ids stays one index lookup.</summary>
public sealed class ResultAlias
{
    public required string Institute { get; set; }

    public required string ExternalId { get; set; }

    public Guid ResultId { get; set; }
}
