using Huli.Matchmaking.Localisation;

using Spectre.Console;

namespace Huli.Matchmaking.Importer;

/// <summary>Spectre's progress bar over the rows of the file.</summary>
internal sealed class LiveProgress(ProgressTask task, string description) : ImportProgress
{
    public static Task RunAsync(IAnsiConsole console, string fileName, int totalRows, Func<ImportProgress, Task> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RowCountColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var description = Markup.Escape(fileName);

                // An empty file has nothing to wait for; a maximum of 0 would never read as finished.
                var task = context.AddTask(description, maxValue: Math.Max(totalRows, 1));
                await work(new LiveProgress(task, description));
                task.Value = task.MaxValue;
            });

    public override void Advance(int rows)
    {
        task.Description = description;
        task.Increment(rows);
    }

    public override void Retrying(string reason) =>
        task.Description = $"{description} [yellow]{new LocalText("重试", "retrying")}: {Markup.Escape(reason)}[/]";
}
