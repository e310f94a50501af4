using Huli.Matchmaking.Import;
using Huli.Matchmaking.Import.Rows;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Results.Features.Importing;

/// <summary>Turns one row of a result file into the same input the API takes and validates it by the API's own
/// rules, collecting every problem with the row instead of stopping at the first.</summary>
internal sealed class ResultRow(ImportRow row)
{
    private readonly RowReader cells = new(row);

    public IReadOnlyList<RowProblem> Problems => cells.Problems;

    public ResultInput? ToInput(Caller caller)
    {
        var input = new ResultInput(
            cells.Text("title"),
            cells.Text("abstract"),
            cells.List("keywords"),
            cells.Choices<string>("fields", Vocabulary.TryIndustryField),
            cells.WholeNumber("trl", "TRL"),
            cells.Text("institute"),
            // A row without an id of its own gets one from its title, so importing the same file again finds
            // the records it made the first time.
            cells.Text("externalId") ?? cells.ContentId("title"),
            cells.Text("team"),
            cells.Text("contactName"),
            cells.Text("contactPhone"),
            cells.Text("contactEmail"),
            cells.Choice("form", Vocabulary.Forms),
            cells.Choice("ipStatus", Vocabulary.IpStatuses),
            cells.List("patentNumbers"),
            cells.Choices<Contracts.CooperationMode>("cooperationModes", Vocabulary.CooperationModes.TryGetValue),
            cells.Amount("priceMin"),
            cells.Amount("priceMax"),
            cells.Text("region"),
            cells.Date("completedOn"),
            cells.Date("validUntil"));
        if (cells.HasProblems)
        {
            return null;
        }

        foreach (var (field, message) in input.Validate(caller).Each())
        {
            cells.Add(field, message);
        }

        return cells.HasProblems ? null : input;
    }
}
