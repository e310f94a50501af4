namespace Huli.Matchmaking.Importer;

/// <summary>How many rows of the file are done (answered by the API or rejected while reading): a live bar
/// on a terminal, a line now and then in a log.</summary>
internal abstract class ImportProgress
{
    public abstract void Advance(int rows);

    /// <summary>A batch failed on a transient error and is sent again.</summary>
    public abstract void Retrying(string reason);

    public static Task RunAsync(Terminal terminal, string fileName, int totalRows, Func<ImportProgress, Task> work) =>
        terminal.Interactive
            ? LiveProgress.RunAsync(terminal.Output, fileName, totalRows, work)
            : work(new PlainProgress(terminal.Output, totalRows, TimeProvider.System));
}
