namespace Huli.Matchmaking.Benchmarks;

/// <summary>A fresh temp folder for one run: the generated files, the host's databases and indexes, and the raw
/// runs' indexes. Removed at the end unless asked to keep it.</summary>
public sealed class BenchmarkWorkspace : IDisposable
{
    private readonly bool keep;

    private BenchmarkWorkspace(string root, bool keep)
    {
        Root = root;
        this.keep = keep;
    }

    public string Root { get; }

    public string CorpusFolder => Path.Combine(Root, "corpus");

    public string HostDataFolder => Path.Combine(Root, "host-data");

    public string RawIndexFolder => Path.Combine(Root, "raw-index");

    public static BenchmarkWorkspace Create(bool keep) =>
        new(Directory.CreateTempSubdirectory("huli-bench-").FullName, keep);

    public void Dispose()
    {
        if (keep)
        {
            Console.WriteLine($"Kept {Root}");
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not remove {Root}: {e.Message}");
        }
    }
}
