using System.Globalization;

namespace Huli.Matchmaking.Localisation;

/// <summary>The languages messages come in: Simplified Chinese first (the product's users are in Xiamen),
/// English for everyone else.</summary>
public static class Languages
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Chinese, English];

    public static bool IsChinese(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase);
}
