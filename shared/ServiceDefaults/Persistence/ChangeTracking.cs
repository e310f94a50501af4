using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Huli.Matchmaking.ServiceDefaults.Persistence;

public static class ChangeTracking
{
    /// <summary>True when a tracked record differs from what was loaded. EF compares every column, lists
    /// included, so re-sending an unchanged record changes nothing and publishes nothing.</summary>
    public static bool HasChanged(this DbContext db, object record)
    {
        var entry = db.Entry(record);
        entry.DetectChanges();
        return entry.State is EntityState.Modified or EntityState.Added;
    }

    /// <summary>Turns automatic change detection off until the result is disposed, then back to what it was: for
    /// work on entries whose values are known, where Entries(), Entry() and SaveChanges would each compare every
    /// property of every tracked entity first.</summary>
    public static DetectionPause PauseDetection(this ChangeTracker tracker)
    {
        var pause = new DetectionPause(tracker, tracker.AutoDetectChangesEnabled);
        tracker.AutoDetectChangesEnabled = false;
        return pause;
    }

    public readonly struct DetectionPause(ChangeTracker tracker, bool detecting) : IDisposable
    {
        public void Dispose() => tracker.AutoDetectChangesEnabled = detecting;
    }
}
