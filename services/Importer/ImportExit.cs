namespace Huli.Matchmaking.Importer;

/// <summary>The process exit codes, which scripts and CI branch on.</summary>
public enum ImportExit
{
    /// <summary>Every row was read and answered for, rejected rows included.</summary>
    Imported = 0,

    /// <summary>The file as a whole cannot be imported (unknown format, a required column missing).</summary>
    FileRefused = 1,

    /// <summary>Wrong arguments, no key, the API unreachable or the key refused.</summary>
    CannotRun = 2,

    /// <summary>Ctrl+C: the rows sent so far are stored; running the same command again finishes the file.</summary>
    Interrupted = 130,
}
