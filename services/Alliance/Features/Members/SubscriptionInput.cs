using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Problems;

namespace Huli.Matchmaking.Alliance.Features.Members;

/// <summary>A subscription as a member admin sends it. Choices arrive as text so that an unknown one becomes a
/// field error naming the choices, not a failed bind.</summary>
public sealed record SubscriptionInput(
    IReadOnlyList<string>? Fields,
    int? TrlMin,
    int? TrlMax,
    IReadOnlyList<string>? CooperationModes,
    IReadOnlyList<string>? Regions)
{
    public MemberSubscription? Read(FieldErrors errors, string prefix)
    {
        if (Fields is not { Count: > 0 })
        {
            errors.Add($"{prefix}.fields", "Name at least one industry field: members are routed by field.");
        }

        errors.IndustryFieldCodes($"{prefix}.fields", Fields, MemberLimits.Fields);
        errors.Trl($"{prefix}.trlMin", TrlMin).Trl($"{prefix}.trlMax", TrlMax);
        if (TrlMin is >= 1 and <= 9 && TrlMax is >= 1 and <= 9 && TrlMin > TrlMax)
        {
            errors.Add($"{prefix}.trlMax", $"Must not be below {prefix}.trlMin.");
        }

        var modes = new List<CooperationMode>();
        foreach (var (text, i) in (CooperationModes ?? []).Select((m, i) => (m, i)))
        {
            if (errors.Choice<CooperationMode>($"{prefix}.cooperationModes[{i}]", text) is { } mode)
            {
                modes.Add(mode);
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add($"{prefix}.cooperationModes[{i}]", "Empty entry.");
            }
        }

        errors.LimitList($"{prefix}.regions", Regions, MemberLimits.Regions, MemberLimits.Region);
        return errors.Any ? null : new MemberSubscription
        {
            Fields = [.. Fields!.Distinct()],
            TrlMin = TrlMin ?? 1,
            TrlMax = TrlMax ?? 9,
            CooperationModes = [.. modes.Distinct()],
            Regions = [.. (Regions ?? []).Select(r => r.Trim()).Distinct()],
        };
    }
}
