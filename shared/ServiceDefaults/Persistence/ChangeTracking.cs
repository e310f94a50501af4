using Microsoft.EntityFrameworkCore;

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
}
