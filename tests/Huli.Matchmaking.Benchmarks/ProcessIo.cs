using System.Globalization;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>The process's write counters from /proc/self/io (zero elsewhere): how many write calls it made and how
/// many bytes reached the storage layer. Per record, they show what the per-row commits cost.</summary>
public readonly record struct ProcessIo(long WriteCalls, long WrittenBytes)
{
    public static ProcessIo Read()
    {
        const string file = "/proc/self/io";
        if (!File.Exists(file))
        {
            return default;
        }

        long calls = 0, bytes = 0;
        try
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }

                switch (parts[0])
                {
                    case "syscw": calls = value; break;
                    case "write_bytes": bytes = value; break;
                }
            }
        }
        catch (IOException)
        {
            return default;
        }

        return new ProcessIo(calls, bytes);
    }

    public static ProcessIo operator -(ProcessIo after, ProcessIo before) =>
        new(after.WriteCalls - before.WriteCalls, after.WrittenBytes - before.WrittenBytes);
}
