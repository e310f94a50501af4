using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Huli.Matchmaking.Import;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Results.Features.Publishing;
using Huli.Matchmaking.ServiceDefaults.Security;

namespace Huli.Matchmaking.Results.Features.Importing;

/// <summary>Turns one row of a result file into the same input the API takes, collecting every problem with
/// the row instead of stopping at the first.</summary>
internal sealed class ResultRow(ImportRow row)
{
    public delegate bool TryLookup<T>(string word, out T value);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy年M月d日", "yyyy-M-d", "yyyy/M/d"];

    private readonly List<RowProblem> problems = [.. row.Problems];

    public IReadOnlyList<RowProblem> Problems => problems;

    public ResultInput? ToInput(Caller caller)
    {
        var input = new ResultInput(
            Cell("title"),
            Cell("abstract"),
            Cells.SplitList(Cell("keywords")),
            Choices<string>("fields", Vocabulary.TryIndustryField),
            Integer("trl"),
            Cell("institute"),
            Cell("externalId") ?? ContentId(),
            Cell("team"),
            Cell("contactName"),
            Cell("contactPhone"),
            Cell("contactEmail"),
            Choice("form", Vocabulary.Forms),
            Choice("ipStatus", Vocabulary.IpStatuses),
            Cells.SplitList(Cell("patentNumbers")),
            Choices<Contracts.CooperationMode>("cooperationModes", Vocabulary.CooperationModes.TryGetValue),
            Amount("priceMin"),
            Amount("priceMax"),
            Cell("region"),
            Date("completedOn"),
            Date("validUntil"));
        if (problems.Count > 0)
        {
            return null;
        }

        problems.AddRange(input.Validate(caller).Each().Select(e => new RowProblem(e.Field, e.Message)));

        return problems.Count == 0 ? input : null;
    }

    private string? Cell(string field) => row.Cells.TryGetValue(field, out var value) ? value : null;

    /// <summary>A row without an id of its own gets one from its title, so importing the same file again
    /// finds the records it made the first time.</summary>
    private string? ContentId() => Cell("title") is { } title
        ? "title:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim())))[..32]
        : null;

    private int? Integer(string field)
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Replace("TRL", "", StringComparison.OrdinalIgnoreCase).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new RowProblem(field, new LocalText($"“{text}”不是整数。", $"'{text}' is not a whole number.")));
        return null;
    }

    private decimal? Amount(string field)
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        var number = text.Replace("万元", "", StringComparison.Ordinal).Replace("万", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        if (decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new RowProblem(field, new LocalText($"“{text}”不是以万元计的金额。", $"'{text}' is not an amount in 万元.")));
        return null;
    }

    private DateOnly? Date(string field)
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new RowProblem(field, new LocalText($"“{text}”不是 2026-05-31 这样的日期。", $"'{text}' is not a date such as 2026-05-31.")));
        return null;
    }

    private T? Choice<T>(string field, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        var text = Cell(field);
        if (text is null)
        {
            return null;
        }

        if (words.TryGetValue(text, out var value))
        {
            return value;
        }

        var choices = string.Join(", ", words.Keys);
        problems.Add(new RowProblem(field, new LocalText($"“{text}”不是以下之一：{choices}。", $"'{text}' is not one of: {choices}.")));
        return null;
    }

    private List<T> Choices<T>(string field, TryLookup<T> lookup)
    {
        var found = new List<T>();
        foreach (var word in Cells.SplitList(Cell(field)))
        {
            if (lookup(word, out var value))
            {
                found.Add(value);
            }
            else
            {
                problems.Add(new RowProblem(field, new LocalText($"“{word}”不是可识别的 {field} 值。", $"'{word}' is not a known {field} value.")));
            }
        }

        return found;
    }
}
