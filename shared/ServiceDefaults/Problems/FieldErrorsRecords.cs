using System.Text.RegularExpressions;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>Checks shared by the result and need forms: contacts, money ranges, dates, patents.</summary>
public static partial class FieldErrorsRecords
{
    private static readonly LocalText NegativeAmount = new LocalText("金额不能为负数。", "An amount cannot be negative.");

    public static FieldErrors Email(this FieldErrors errors, string field, string? value)
    {
        if (value is null)
        {
            return errors;
        }

        // MailAddress accepts display names and bare "name@" forms; a contact address needs a user and a domain.
        return value.Length > 254 || !EmailPattern().IsMatch(value.Trim())
            ? errors.Add(field, new LocalText("不是有效的电子邮件地址，例如 name@example.com。", "Not an e-mail address such as name@example.com."))
            : errors;
    }

    public static FieldErrors Phone(this FieldErrors errors, string field, string? value) =>
        value is null || PhonePattern().IsMatch(value) ? errors : errors.Add(field, new LocalText(
            "电话号码为 5 到 20 位数字，可带 +、空格、连字符和括号。",
            "A phone number has 5 to 20 digits, optionally with +, spaces, hyphens and brackets."));

    /// <summary>Amounts in 万元 (10,000 CNY): not negative, and the lower end not above the upper.</summary>
    public static FieldErrors MoneyRange(this FieldErrors errors, string minField, decimal? min, string maxField, decimal? max)
    {
        if (min is < 0)
        {
            errors.Add(minField, NegativeAmount);
        }

        if (max is < 0)
        {
            errors.Add(maxField, NegativeAmount);
        }

        return errors.NotBelow(minField, min, maxField, max);
    }

    /// <summary>The upper end of a range is not below the lower, when both are given.</summary>
    public static FieldErrors NotBelow<T>(this FieldErrors errors, string minField, T? min, string maxField, T? max)
        where T : struct, IComparable<T>
    {
        return min is { } low && max is { } high && low.CompareTo(high) > 0
            ? errors.Add(maxField, new LocalText($"不能小于 {minField}。", $"Must not be below {minField}."))
            : errors;
    }

    public static FieldErrors Trl(this FieldErrors errors, string field, int? level) =>
        level is < 1 or > 9 ? errors.Add(field, new LocalText("技术就绪水平（GB/T 22900）为 1 到 9。", "A technology readiness level (GB/T 22900) is 1 to 9.")) : errors;

    public static FieldErrors DateOrder(this FieldErrors errors, string earlierField, DateOnly? earlier, string laterField, DateOnly? later) =>
        earlier is { } from && later is { } to && to < from ? errors.Add(laterField, new LocalText($"不能早于 {earlierField}。", $"Must not be before {earlierField}.")) : errors;

    /// <summary>Chinese patent numbers as they are written: CN/ZL, the application number, an optional check
    /// character (ZL202310123456.7, CN115123456A, 201820123456.X).</summary>
    public static FieldErrors PatentNumbers(this FieldErrors errors, string field, IReadOnlyList<string>? numbers, int maxCount)
    {
        if (numbers is null)
        {
            return errors;
        }

        if (numbers.Count > maxCount)
        {
            errors.Add(field, new LocalText($"最多 {maxCount} 个专利号。", $"At most {maxCount} patent numbers."));
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            if (!PatentPattern().IsMatch(numbers[i].Trim()))
            {
                errors.Add($"{field}[{i}]", new LocalText(
                    $"“{numbers[i]}”不是有效的专利号，例如 ZL202310123456.7 或 CN115123456A。",
                    $"'{numbers[i]}' is not a patent number such as ZL202310123456.7 or CN115123456A."));
            }
        }

        return errors;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[\d\s\-()]{5,20}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^(?:(?:CN|ZL)\s?)?\d{8,13}(?:\.[\dX])?[A-Z]?\d?$", RegexOptions.IgnoreCase)]
    private static partial Regex PatentPattern();
}
