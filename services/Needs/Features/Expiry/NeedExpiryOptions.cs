using System.ComponentModel.DataAnnotations;

namespace Huli.Matchmaking.Needs.Features.Expiry;

/// <summary>The <c>Huli:Needs</c> settings of need expiry.</summary>
public sealed class NeedExpiryOptions
{
    public const string SectionName = "Huli:Needs";

    /// <summary>Time between sweeps. A deadline is a whole day, so an hour late at most is fine and cheap.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan ExpirySweep { get; set; } = TimeSpan.FromHours(1);
}
