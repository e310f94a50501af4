using System.Diagnostics;
using System.Text;

namespace Huli.Matchmaking.EndToEnd.Tests;

/// <summary>huli-import run as a person runs it: its own built binary in its own process, its output read as
/// it comes (redirected, so the importer prints plain progress lines instead of a live bar).</summary>
internal sealed class ImporterRun : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ImporterRun(Process process) => this.process = process;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>Runs the importer in English (LANG=C), the wording the tests assert.</summary>
    public static ImporterRun Start(string workingDirectory, params string[] arguments) =>
        StartIn("C.UTF-8", workingDirectory, arguments);

    /// <param name="locale">The LANG the importer runs under; it reports in Chinese under zh_CN.UTF-8.</param>
    public static ImporterRun StartIn(string locale, string workingDirectory, params string[] arguments)
    {
        var dll = Path.Combine(Repository.Root, "services", "Importer", "bin", Repository.Configuration, "net10.0", "huli-import.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the importer first (dotnet build services/Importer -c {Repository.Configuration}).", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The key comes from the arguments only, never from the machine running the tests.
        start.Environment.Remove("HULI_KEY");
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = locale;
        var process = new Process { StartInfo = start };
        var run = new ImporterRun(process);
        process.OutputDataReceived += (_, e) => run.Append(e.Data);
        process.ErrorDataReceived += (_, e) => run.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    /// <returns>The exit code; the limit only bounds a broken run.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"huli-import did not finish within {limit}:\n{Output}");
        }

        // The parameterless wait drains the redirected output into Output.
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
