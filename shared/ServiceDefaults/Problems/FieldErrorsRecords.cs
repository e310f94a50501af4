using System.Text.RegularExpressions;

namespace Huli.Matchmaking.ServiceDefaults.Problems;

/// <summary>Checks shared by the result and need forms: contacts, money ranges, dates, patents.</summary>
public static partial class FieldErrorsRecords
{
    public static FieldErrors Email(this FieldErrors errors, string field, string? value)
    {
        if (value is null)
        {
            return errors;
        }

        // MailAddress accepts display names and bare "name@" forms; a contact address needs a user and a domain.
        return value.Length > 254 || !EmailPattern().IsMatch(value.Trim())
            ? errors.Add(field, "Not an e-mail address such as name@example.com.")
            : errors;
    }

    public static FieldErrors Phone(this FieldErrors errors, string field, string? value) =>
        value is null || PhonePattern().IsMatch(value) ? errors : errors.Add(field, "A phone number has 5 to 20 digits, optionally with +, spaces, hyphens and brackets.");

    /// <summary>Amounts in 万元 (10,000 CNY): not negative, and the lower end not above the upper.</summary>
    public static FieldErrors MoneyRange(this FieldErrors errors, string minField, decimal? min, string maxField, decimal? max)
    {
        if (min is < 0)
        {
            errors.Add(minField, "An amount cannot be negative.");
        }

        if (max is < 0)
        {
            errors.Add(maxField, "An amount cannot be negative.");
        }

        return min is { } low && max is { } high && low > high ? errors.Add(maxField, $"Must not be below {minField}.") : errors;
    }

    public static FieldErrors Trl(this FieldErrors errors, string field, int? level) =>
        level is < 1 or > 9 ? errors.Add(field, "A technology readiness level (GB/T 22900) is 1 to 9.") : errors;

    public static FieldErrors DateOrder(this FieldErrors errors, string earlierField, DateOnly? earlier, string laterField, DateOnly? later) =>
        earlier is { } from && later is { } to && to < from ? errors.Add(laterField, $"Must not be before {earlierField}.") : errors;

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
            errors.Add(field, $"At most {maxCount} patent numbers.");
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            if (!PatentPattern().IsMatch(numbers[i].Trim()))
            {
                errors.Add($"{field}[{i}]", $"'{numbers[i]}' is not a patent number such as ZL202310123456.7 or CN115123456A.");
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
