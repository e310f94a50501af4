using System.ComponentModel.DataAnnotations;
using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Features.Workflow.Stale;

/// <summary>The <c>Huli:Alliance:Stale</c> settings: how long a pairing may stay in each state before it is
/// flagged for the coordinators, and how often that is checked. A signed contract has no limit: closing it
/// is bookkeeping.</summary>
public sealed class StaleOptions
{
    public const string SectionName = "Huli:Alliance:Stale";

    /// <summary>Limits are days long, so an hour late at most is fine and cheap.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Proposed { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Confirmed { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Contacted { get; set; } = TimeSpan.FromDays(14);

    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan NdaSigned { get; set; } = TimeSpan.FromDays(30);

    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Visit { get; set; } = TimeSpan.FromDays(30);

    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Negotiating { get; set; } = TimeSpan.FromDays(60);

    public TimeSpan? LimitFor(PairingStatus status) => status switch
    {
        PairingStatus.Proposed => Proposed,
        PairingStatus.Confirmed => Confirmed,
        PairingStatus.Contacted => Contacted,
        PairingStatus.NdaSigned => NdaSigned,
        PairingStatus.Visit => Visit,
        PairingStatus.Negotiating => Negotiating,
        _ => null,
    };
}
