namespace Huli.Matchmaking.Benchmarks;

/// <summary>What the garbage collector did over a stretch of the run: collections by generation (a gen0 count
/// includes the gen1 and gen2 ones, as the runtime counts them) and the time it held the process paused.</summary>
public sealed record CollectorActivity(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static CollectorActivity Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static CollectorActivity operator -(CollectorActivity after, CollectorActivity before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);
}
