using System.Globalization;
using Spectre.Console;

namespace Huli.Matchmaking.Importer;

/// <summary>Progress for logs and CI, where a live bar would be a mess of control codes: a line after the first
/// batch, then at most one every few seconds, and one at the end.</summary>
internal sealed class PlainProgress(IAnsiConsole console, int totalRows, TimeProvider clock) : ImportProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private int done;
    private long? lastLine;

    public override void Advance(int rows)
    {
        done += rows;
        if (done < totalRows && lastLine is { } last && clock.GetElapsedTime(last) < Interval)
        {
            return;
        }

        lastLine = clock.GetTimestamp();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {done}/{totalRows} rows…"));
    }

    public override void Retrying(string reason) => console.WriteLine($"retrying a batch: {reason}");
}
