namespace Huli.Matchmaking.Testing;

public static class TemporaryFolder
{
    /// <summary>Removes a test's data folder; a file still held by a finalising handle is left to the OS's
    /// temp cleaning rather than failing the test.</summary>
    public static void TryDelete(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Still held open; see the summary.
        }
    }
}
