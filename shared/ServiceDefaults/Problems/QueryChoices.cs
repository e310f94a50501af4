using Huli.Matchmaking.Localisation;
namespace Huli.Matchmaking.ServiceDefaults.Problems;

public static class QueryChoices
{
    /// <summary>Reads a choice from the query string under the same name the JSON uses (camelCase), or any case
    /// of it. Minimal APIs bind enums case-sensitively by their C# name, so "jointDevelopment" would be refused.</summary>
    public static TEnum? Choice<TEnum>(this FieldErrors errors, string field, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value, out _) && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var choice))
        {
            return choice;
        }

        var names = Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
        var choices = string.Join(", ", names);
        errors.Add(field, new LocalText($"“{value}”不是以下之一：{choices}。", $"'{value}' is not one of: {choices}."));
        return null;
    }
}
