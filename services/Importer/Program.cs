using Huli.Matchmaking.Importer;

var terminal = Terminal.Create();
var parsed = ImportOptions.Parse(args, Environment.GetEnvironmentVariable("HULI_KEY"), Directory.GetCurrentDirectory());
if (parsed.Options is not { } options)
{
    return (int)terminal.Usage(parsed);
}

// Ctrl+C stops between rows instead of killing the process, so the report says how far the import got.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

return (int)await new ImportJob(options, terminal).RunAsync(interrupt.Token);
