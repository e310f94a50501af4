using Huli.Matchmaking.Contracts;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Domain;
using Huli.Matchmaking.ServiceDefaults.Problems;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Results.Features.Publishing;

/// <summary>What an institute sends to list or change a result: the fields of the tech-achievement registration
/// form (科技成果登记表). Flat on purpose, so a row of an import file maps onto it column by column. Prices are in
/// 万元 (10,000 CNY).</summary>
public sealed record ResultInput(
    string? Title,
    string? Abstract,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<string>? Fields,
    int? Trl,
    string? Institute = null,
    string? ExternalId = null,
    string? Team = null,
    string? ContactName = null,
    string? ContactPhone = null,
    string? ContactEmail = null,
    ResultForm? Form = null,
    IpStatus? IpStatus = null,
    IReadOnlyList<string>? PatentNumbers = null,
    IReadOnlyList<CooperationMode>? CooperationModes = null,
    decimal? PriceMin = null,
    decimal? PriceMax = null,
    string? Region = null,
    DateOnly? CompletedOn = null,
    DateOnly? ValidUntil = null)
{
    public FieldErrors Validate(Caller caller)
    {
        var errors = new FieldErrors()
            .RequireText("title", Title, ResultLimits.Title)
            .RequireText("abstract", Abstract, ResultLimits.Abstract)
            .LimitList("keywords", Keywords, ResultLimits.Keywords, ResultLimits.Keyword)
            .IndustryFieldCodes("fields", Fields, ResultLimits.Fields)
            .Trl("trl", Trl)
            .LimitText("institute", Institute, ResultLimits.Institute)
            .LimitText("externalId", ExternalId, ResultLimits.ExternalId)
            .LimitText("team", Team, ResultLimits.Team)
            .LimitText("contactName", ContactName, ResultLimits.ContactName)
            .Phone("contactPhone", ContactPhone)
            .Email("contactEmail", ContactEmail)
            .PatentNumbers("patentNumbers", PatentNumbers, ResultLimits.PatentNumbers)
            .MoneyRange("priceMin", PriceMin, "priceMax", PriceMax)
            .LimitText("region", Region, ResultLimits.Region)
            .DateOrder("completedOn", CompletedOn, "validUntil", ValidUntil);

        // Institutes list their own results; a coordinator lists on an institute's behalf and must say whose.
        if (caller.IsCoordinator && string.IsNullOrWhiteSpace(Institute))
        {
            errors.Add("institute", new LocalText("协调员代为发布成果时必填。", "Required when a coordinator lists a result."));
        }
        else if (!caller.IsCoordinator && Institute is not null && Institute != caller.Organisation)
        {
            errors.Add("institute", new LocalText("科研机构只能以自己的名义发布成果。", "An institute lists results under its own name only."));
        }

        return errors;
    }

    public string InstituteFor(Caller caller) => caller.IsCoordinator ? Institute!.Trim() : caller.Organisation;

    /// <summary>Copies the input onto the record. Whether anything changed is the change tracker's call, which
    /// compares every column, lists included.</summary>
    public void ApplyTo(ResearchResult result)
    {
        result.Title = Title!.Trim();
        result.Abstract = Abstract!.Trim();
        result.Keywords = Clean(Keywords);
        result.Fields = Clean(Fields);
        result.Trl = Trl;
        result.Team = Trimmed(Team);
        result.ContactName = Trimmed(ContactName);
        result.ContactPhone = Trimmed(ContactPhone);
        result.ContactEmail = Trimmed(ContactEmail);
        result.Form = Form;
        result.IpStatus = IpStatus;
        result.PatentNumbers = Clean(PatentNumbers?.Select(p => p.ToUpperInvariant()).ToList());
        result.CooperationModes = CooperationModes?.Distinct().ToList() ?? [];
        result.PriceMin = PriceMin;
        result.PriceMax = PriceMax;
        result.Region = Trimmed(Region);
        result.CompletedOn = CompletedOn;
        result.ValidUntil = ValidUntil;
    }

    public List<string> CleanKeywords() => Clean(Keywords);

    public List<string> CleanFields() => Clean(Fields);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
