using Huli.Matchmaking.Alliance.Domain;
using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.Localisation;

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
    /// <param name="prefix">Where the subscription sits in the body ("subscription" at registration), so that
    /// field errors carry the names the caller sent; empty when the body is the subscription.</param>
    public MemberSubscription? Read(FieldErrors errors, string prefix)
    {
        string Name(string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";

        if (Fields is not { Count: > 0 })
        {
            errors.Add(Name("fields"), new LocalText("请至少选择一个产业领域：成员按领域接收推送。", "Name at least one industry field: members are routed by field."));
        }

        errors.IndustryFieldCodes(Name("fields"), Fields, MemberLimits.Fields);
        errors.Trl(Name("trlMin"), TrlMin).Trl(Name("trlMax"), TrlMax);
        if (TrlMin is >= 1 and <= 9 && TrlMax is >= 1 and <= 9 && TrlMin > TrlMax)
        {
            errors.Add(Name("trlMax"), new LocalText($"不能小于 {Name("trlMin")}。", $"Must not be below {Name("trlMin")}."));
        }

        var modes = new List<CooperationMode>();
        foreach (var (text, i) in (CooperationModes ?? []).Select((m, i) => (m, i)))
        {
            if (errors.Choice<CooperationMode>(Name($"cooperationModes[{i}]"), text) is { } mode)
            {
                modes.Add(mode);
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(Name($"cooperationModes[{i}]"), new LocalText("空项。", "Empty entry."));
            }
        }

        errors.LimitList(Name("regions"), Regions, MemberLimits.Regions, MemberLimits.Region);
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
