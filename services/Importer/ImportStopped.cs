namespace Huli.Matchmaking.Importer;

/// <summary>The import cannot go on; <see cref="Exception.Message"/> tells the person what to do.</summary>
public sealed class ImportStopped(ImportExit exit, string message) : Exception(message)
{
    public ImportExit Exit { get; } = exit;
}
