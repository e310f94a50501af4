using System.Globalization;
using Huli.Matchmaking.Localisation;
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
        console.WriteLine(new LocalText(
            string.Create(CultureInfo.InvariantCulture, $"已导入 {done}/{totalRows} 行…"),
            string.Create(CultureInfo.InvariantCulture, $"imported {done}/{totalRows} rows…")).ToString());
    }

    public override void Retrying(string reason) =>
        console.WriteLine(new LocalText($"重试一批：{reason}", $"retrying a batch: {reason}").ToString());
}
