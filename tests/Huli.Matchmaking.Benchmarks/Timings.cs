using System.Diagnostics;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>The wall and thread CPU times of one repeated operation, in milliseconds.</summary>
public sealed class Timings
{
    private readonly List<double> _wall = [];
    private readonly List<double> _cpu = [];
    private long _allocated;

    public int Count => _wall.Count;

    public IReadOnlyList<double> Wall => _wall;

    /// <summary>Empty where the thread's CPU clock cannot be read (<see cref="ThreadCpuTime"/>).</summary>
    public IReadOnlyList<double> Cpu => _cpu;

    /// <summary>Bytes the operation allocated on its thread, on average: what it feeds the garbage collector.</summary>
    public double AllocatedBytes => _wall.Count == 0 ? double.NaN : (double)_allocated / _wall.Count;

    public static double Percentile(IReadOnlyList<double> sample, double p)
    {
        if (sample.Count == 0)
        {
            return double.NaN;
        }

        var sorted = sample.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Runs the operation and, when <paramref name="record"/> (past the warm-up), keeps its times.</summary>
    public async Task TimeAsync(bool record, Func<Task> operation)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuTime.Milliseconds();
        var clock = Stopwatch.StartNew();
        await operation();
        clock.Stop();
        var cpuAfter = ThreadCpuTime.Milliseconds();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (!record)
        {
            return;
        }

        _allocated += allocated;
        _wall.Add(clock.Elapsed.TotalMilliseconds);
        if (cpuBefore is { } before && cpuAfter is { } after)
        {
            _cpu.Add(after - before);
        }
    }

    public double WallAt(double p) => Percentile(_wall, p);

    public double CpuAt(double p) => Percentile(_cpu, p);
}
