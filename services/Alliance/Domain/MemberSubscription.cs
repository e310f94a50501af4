using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Alliance.Domain;

/// <summary>What a member wants to hear about. Fields are required; the other criteria narrow only when both
/// sides state them, since a need that names no TRL or region should not be hidden from anyone.</summary>
public sealed class MemberSubscription
{
    public List<string> Fields { get; set; } = [];

    public int TrlMin { get; set; } = 1;

    public int TrlMax { get; set; } = 9;

    public List<CooperationMode> CooperationModes { get; set; } = [];

    public List<string> Regions { get; set; } = [];

    /// <summary>The first subscribed field the need is filed under, when the need matches the whole
    /// subscription; that field names the routing key the member's queue is bound to.</summary>
    public string? MatchingField(IReadOnlyList<string> needFields, MemberNeedProfile? need)
    {
        var field = Fields.FirstOrDefault(needFields.Contains);
        if (field is null || need is null)
        {
            return field;
        }

        if ((need.TrlMin ?? 1) > TrlMax || (need.TrlMax ?? 9) < TrlMin)
        {
            return null;
        }

        if (CooperationModes.Count > 0 && need.CooperationModes.Count > 0 && !CooperationModes.Intersect(need.CooperationModes).Any())
        {
            return null;
        }

        return Regions.Count > 0 && need.Region is { } region && !Regions.Contains(region) ? null : field;
    }
}
