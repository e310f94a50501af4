using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Text;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import.Rows;

/// <summary>Reads typed values out of one row's cells, collecting a problem for every cell that cannot be read
/// instead of stopping at the first, so a person fixes a row once. Problems name the field as the column map
/// does; the row's own reading problems come first.</summary>
public sealed partial class RowReader(ImportRow row)
{
    public delegate bool TryLookup<T>(string word, out T value);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy年M月d日", "yyyy-M-d", "yyyy/M/d"];

    private readonly List<RowProblem> problems = [.. row.Problems];

    public IReadOnlyList<RowProblem> Problems => problems;

    public bool HasProblems => problems.Count > 0;

    public void Add(string? field, LocalText message) => problems.Add(new RowProblem(field, message));

    public string? Text(string field) => row.Cells.TryGetValue(field, out var value) ? value : null;

    public IReadOnlyList<string> List(string field) => Cells.SplitList(Text(field));

    /// <summary>A whole number, allowing a unit around it such as "TRL 6" or "6级".</summary>
    public int? WholeNumber(string field, params string[] units)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(WithoutUnits(text, units), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Add(field, new LocalText($"“{text}”不是整数。", $"'{text}' is not a whole number."));
        return null;
    }

    /// <summary>An amount in 万元 (10,000 CNY), written "80", "80万", "80万元" or "1,200".</summary>
    public decimal? Amount(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (ParseAmount(text) is { } value)
        {
            return value;
        }

        Add(field, new LocalText($"“{text}”不是以万元计的金额。", $"'{text}' is not an amount in 万元."));
        return null;
    }

    /// <summary>A range written in one cell, "4-7", "4～7", "50至100万元", or one value for both ends.</summary>
    public (decimal? Low, decimal? High) Range(string field, params string[] units)
    {
        var text = Text(field);
        if (text is null)
        {
            return (null, null);
        }

        var bare = WithoutUnits(text, units);
        var parts = RangeSeparator().Split(bare);
        if (parts.Length is 1 or 2 && parts.Select(ParseAmount).ToList() is var ends && ends.All(e => e is not null))
        {
            return (ends[0], ends[^1]);
        }

        Add(field, new LocalText($"“{text}”既不是 4-7 这样的范围，也不是单个值。", $"'{text}' is not a range such as 4-7, nor a single value."));
        return (null, null);
    }

    public DateOnly? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, new LocalText($"“{text}”不是 2026-05-31 这样的日期。", $"'{text}' is not a date such as 2026-05-31."));
        return null;
    }

    public T? Choice<T>(string field, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (words.TryGetValue(text, out var value))
        {
            return value;
        }

        var choices = string.Join(", ", words.Keys);
        Add(field, new LocalText($"“{text}”不是以下之一：{choices}。", $"'{text}' is not one of: {choices}."));
        return null;
    }

    public List<T> Choices<T>(string field, TryLookup<T> lookup)
    {
        var found = new List<T>();
        foreach (var word in List(field))
        {
            if (lookup(word, out var value))
            {
                found.Add(value);
            }
            else
            {
                Add(field, new LocalText($"“{word}”不是可识别的 {field} 值。", $"'{word}' is not a known {field} value."));
            }
        }

        return found;
    }

    /// <summary>An id made from a cell's text, for a row that has no id of its own: importing the same file
    /// again then finds the records the first import made.</summary>
    public string? ContentId(string field) => Text(field) is { } text
        ? field + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..32]
        : null;

    private static decimal? ParseAmount(string text)
    {
        var number = text.Replace("万元", "", StringComparison.Ordinal).Replace("万", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        return decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string WithoutUnits(string text, string[] units) =>
        units.Aggregate(text, (bare, unit) => bare.Replace(unit, "", StringComparison.OrdinalIgnoreCase)).Trim();

    [GeneratedRegex(@"\s*(?:~|～|-|—|–|至|到)\s*")]
    private static partial Regex RangeSeparator();
}
