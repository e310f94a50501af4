using System.Globalization;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>The one-minute load average (/proc/loadavg), recorded beside the figures: on a shared machine a
/// load well above the core count means other work competed with the run.</summary>
public static class SystemLoad
{
    public static double? OneMinute()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static string Describe(double? load) => load is { } l ? l.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";
}
