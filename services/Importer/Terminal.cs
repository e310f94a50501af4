using Spectre.Console;

namespace Huli.Matchmaking.Importer;

/// <summary>Where the importer writes: progress and the report to standard output, what stopped it to
/// standard error.</summary>
public sealed class Terminal(IAnsiConsole output, IAnsiConsole errors)
{
    // A log has no window: at Spectre's default of 80 columns a problem table would wrap every message.
    private const int LogWidth = 200;

    public IAnsiConsole Output { get; } = output;

    /// <summary>False when the output goes to a file, a pipe or CI: then there is no live progress bar.</summary>
    public bool Interactive => Output.Profile.Capabilities.Interactive;

    public static Terminal Create()
    {
        var output = AnsiConsole.Console;
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!output.Profile.Capabilities.Interactive)
        {
            output.Profile.Width = LogWidth;
            errors.Profile.Width = LogWidth;
        }

        return new Terminal(output, errors);
    }

    public void Error(string message) => errors.WriteLine($"huli-import: {message}");

    public ImportExit Usage(ParsedArguments parsed)
    {
        if (parsed.Error is null)
        {
            Output.WriteLine(ImportOptions.Usage);
            return ImportExit.Imported;
        }

        Error(parsed.Error);
        errors.WriteLine(ImportOptions.Usage);
        return ImportExit.CannotRun;
    }
}
