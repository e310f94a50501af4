using Microsoft.EntityFrameworkCore;

namespace Huli.Matchmaking.ServiceDefaults.Indexing;

/// <summary>Which layout of its search documents a kind of record was last indexed with. When an indexer starts
/// writing documents differently (a new facet a filter relies on, say), documents written before lack it; the
/// catch-up at start sees the older layout here and re-indexes every record of that kind once.</summary>
public sealed class IndexLayout
{
    public required string Record { get; set; }

    public int Version { get; set; }
}

public static class IndexLayoutExtensions
{
    public static void ConfigureIndexLayouts(this ModelBuilder model) =>
        model.Entity<IndexLayout>(layout =>
        {
            layout.ToTable("index_layouts");
            layout.HasKey(l => l.Record);
            layout.Property(l => l.Record).HasMaxLength(100);
        });
}
