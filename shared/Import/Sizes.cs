using System.Globalization;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Import;

internal static class Sizes
{
    /// <summary>"4 MB", "512 KB", "100 bytes" (in Chinese "100 字节").</summary>
    public static LocalText Describe(int bytes) => bytes switch
    {
        >= 1024 * 1024 => Both(string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")),
        >= 1024 => Both(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")),
        _ => new LocalText(
            string.Create(CultureInfo.InvariantCulture, $"{bytes} 字节"),
            string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes")),
    };

    private static LocalText Both(string size) => new(size, size);
}
