using Huli.Matchmaking.Import.Rows;
using Huli.Matchmaking.Import;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Needs.Features.Posting;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.ServiceDefaults.Taxonomy;

namespace Huli.Matchmaking.Needs.Features.Importing;

/// <summary>Turns one row of a needs file into the input the API takes and validates it by the API's own rules,
/// collecting every problem with the row instead of stopping at the first.</summary>
internal sealed class NeedRow(ImportRow row)
{
    private static readonly string[] TrlUnits = ["TRL", "级"];

    private readonly RowReader cells = new(row);

    public IReadOnlyList<RowProblem> Problems => cells.Problems;

    public NeedInput? ToInput(Caller caller, DateOnly today)
    {
        var (trlLow, trlHigh) = cells.Range("trl", TrlUnits);
        var (budgetLow, budgetHigh) = cells.Range("budget");
        var input = new NeedInput(
            cells.Text("title"),
            cells.Text("description"),
            cells.List("keywords"),
            cells.Choices<string>("fields", IndustryFields.TryResolve),
            cells.Choice("confidentiality", NeedVocabulary.Confidentiality),
            cells.Text("enterprise"),
            cells.Text("externalId") ?? cells.ContentId("title"),
            cells.Text("quantifiedTargets"),
            cells.WholeNumber("trlMin", TrlUnits) ?? Level("trl", trlLow),
            cells.WholeNumber("trlMax", TrlUnits) ?? Level("trl", trlHigh),
            cells.Choices<Contracts.CooperationMode>("cooperationModes", NeedVocabulary.CooperationModes.TryGetValue),
            cells.Amount("budgetMin") ?? budgetLow,
            cells.Amount("budgetMax") ?? budgetHigh,
            cells.Date("deadline"),
            cells.Text("region"),
            cells.Text("contactName"),
            cells.Text("contactPhone"),
            cells.Text("contactEmail"));
        if (cells.HasProblems)
        {
            return null;
        }

        foreach (var (field, message) in input.Validate(caller, today).Each())
        {
            cells.Add(field, message);
        }

        return cells.HasProblems ? null : input;
    }

    private int? Level(string field, decimal? value)
    {
        if (value is null || decimal.IsInteger(value.Value))
        {
            return (int?)value;
        }

        cells.Add(field, new LocalText($"“{value}”不是整数的技术就绪水平。", $"'{value}' is not a whole technology readiness level."));
        return null;
    }
}
