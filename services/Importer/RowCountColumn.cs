using System.Globalization;
using Huli.Matchmaking.Localisation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Huli.Matchmaking.Importer;

/// <summary>"2000/10000 rows": the bar's percentage alone does not say how big the file is.</summary>
internal sealed class RowCountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0} {Rows}"));

    private static string Rows => new LocalText("行", "rows").ToString();
}
