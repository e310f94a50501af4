using System.Runtime;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>What the JIT did over a stretch of the run: methods compiled (each tier of a method counts) and the
/// time spent compiling them, added up over every thread. The runtime clocks a compilation from start to end, so
/// on a busy machine the time includes waiting for a core.</summary>
public sealed record JitActivity(long Methods, TimeSpan Compiling)
{
    public static JitActivity Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public static JitActivity operator -(JitActivity after, JitActivity before) =>
        new(after.Methods - before.Methods, after.Compiling - before.Compiling);
}
