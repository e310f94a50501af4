using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Needs.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Needs.Features.Posting;

/// <summary>What an enterprise sends to post or change a need, after the common technical-need forms. Flat on
/// purpose, so a row of an import file maps onto it column by column. Budgets are in 万元 (10,000 CNY).</summary>
public sealed record NeedInput(
    string? Title,
    string? Description,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<string>? Fields,
    NeedConfidentiality? Confidentiality,
    string? Enterprise = null,
    string? ExternalId = null,
    string? QuantifiedTargets = null,
    int? TrlMin = null,
    int? TrlMax = null,
    IReadOnlyList<CooperationMode>? CooperationModes = null,
    decimal? BudgetMin = null,
    decimal? BudgetMax = null,
    DateOnly? Deadline = null,
    string? Region = null,
    string? ContactName = null,
    string? ContactPhone = null,
    string? ContactEmail = null)
{
    /// <param name="today">The alliance's date (see <see cref="NeedDeadline"/>): a deadline before it has passed.</param>
    public FieldErrors Validate(Caller caller, DateOnly today)
    {
        var errors = new FieldErrors()
            .RequireText("title", Title, NeedLimits.Title)
            .RequireText("description", Description, NeedLimits.Description)
            .LimitList("keywords", Keywords, NeedLimits.Keywords, NeedLimits.Keyword)
            .IndustryFieldCodes("fields", Fields, NeedLimits.Fields)
            .LimitText("enterprise", Enterprise, NeedLimits.Enterprise)
            .LimitText("externalId", ExternalId, NeedLimits.ExternalId)
            .LimitText("quantifiedTargets", QuantifiedTargets, NeedLimits.QuantifiedTargets)
            .Trl("trlMin", TrlMin)
            .Trl("trlMax", TrlMax)
            .MoneyRange("budgetMin", BudgetMin, "budgetMax", BudgetMax)
            .LimitText("region", Region, NeedLimits.Region)
            .LimitText("contactName", ContactName, NeedLimits.ContactName)
            .Phone("contactPhone", ContactPhone)
            .Email("contactEmail", ContactEmail);
        errors.NotBelow("trlMin", TrlMin, "trlMax", TrlMax);

        // A need posted already lapsed would be expired by the next sweep without ever being matched.
        if (Deadline is { } deadline && NeedDeadline.HasPassed(deadline, today))
        {
            errors.Add("deadline", new LocalText(
                $"截止日期 {deadline:yyyy-MM-dd} 已过；请填写今天或以后的日期。",
                $"The deadline {deadline:yyyy-MM-dd} has passed; give today or a later date."));
        }

        // Enterprises post their own needs; a coordinator posts on an enterprise's behalf and must say whose.
        if (caller.IsCoordinator && string.IsNullOrWhiteSpace(Enterprise))
        {
            errors.Add("enterprise", new LocalText("协调员代为发布需求时必填。", "Required when a coordinator posts a need."));
        }
        else if (!caller.IsCoordinator && Enterprise is not null && Enterprise != caller.Organisation)
        {
            errors.Add("enterprise", new LocalText("企业只能以自己的名义发布需求。", "An enterprise posts needs under its own name only."));
        }

        return errors;
    }

    public string EnterpriseFor(Caller caller) => caller.IsCoordinator ? Enterprise!.Trim() : caller.Organisation;

    /// <summary>Copies the input onto the need; whether anything changed is the change tracker's call. A need is
    /// public unless its owner says otherwise.</summary>
    public void ApplyTo(Need need)
    {
        need.Title = Title!.Trim();
        need.Description = Description!.Trim();
        need.Keywords = Clean(Keywords);
        need.Fields = Clean(Fields);
        need.Confidentiality = Confidentiality ?? NeedConfidentiality.Public;
        need.QuantifiedTargets = Trimmed(QuantifiedTargets);
        need.TrlMin = TrlMin;
        need.TrlMax = TrlMax;
        need.CooperationModes = CooperationModes?.Distinct().ToList() ?? [];
        need.BudgetMin = BudgetMin;
        need.BudgetMax = BudgetMax;
        need.Deadline = Deadline;
        need.Region = Trimmed(Region);
        need.ContactName = Trimmed(ContactName);
        need.ContactPhone = Trimmed(ContactPhone);
        need.ContactEmail = Trimmed(ContactEmail);
    }

    public List<string> CleanKeywords() => Clean(Keywords);

    public List<string> CleanFields() => Clean(Fields);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
