using System.Runtime.InteropServices;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>
/// CPU time of the calling thread, in milliseconds (Linux only, null elsewhere). On a machine shared with other
/// work a ranking's wall time mostly measures how long it waited for a core; the CPU time it used is the work it
/// did, so the two side by side tell the code's cost from the machine's load. The ranking runs synchronously on
/// one thread (the Lucene index completes its tasks inline), so the thread's clock sees all of it.
/// </summary>
public static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static double? Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : null;
    }

    // DllImport rather than LibraryImport: the signature is blittable, so no marshalling code is generated and the
    // project needs no unsafe blocks.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
