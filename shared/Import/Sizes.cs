using System.Globalization;

namespace Huli.Matchmaking.Import;

internal static class Sizes
{
    /// <summary>"4 MB", "512 KB", "100 bytes".</summary>
    public static string Describe(int bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
