using Huli.Matchmaking.Import;
using Huli.Matchmaking.Localisation;
using Huli.Matchmaking.Needs.Features.Importing;
using Huli.Matchmaking.Results.Features.Importing;

namespace Huli.Matchmaking.Importer;

/// <summary>What a file holds: research results (the default) or technical needs.</summary>
public enum ImportKind
{
    Results,
    Needs,
}

/// <summary>Where each kind goes, read with the service's own columns, and whose key may send it.</summary>
/// <param name="DemoKey">The line of data/demo-users.env whose key is used when none is given.</param>
/// <param name="Merges">Whether the service merges a record that arrived by another channel (results do, needs not).</param>
/// <param name="Importers">Whose key may import this kind, to finish "use … key".</param>
internal sealed record ImportTarget(
    string Name, ColumnMap Columns, string ImportPath, string Service, string DemoKey, LocalText Importers, bool Merges)
{
    private static readonly ImportTarget Results = new(
        "results", ResultColumns.Map, "api/results/import", "Results", "INSTITUTE_KEY",
        new LocalText("科研机构或协调员的", "an institute's or a coordinator's"), Merges: true);

    private static readonly ImportTarget Needs = new(
        "needs", NeedColumns.Map, "api/needs/import", "Needs", "ENTERPRISE_KEY",
        new LocalText("企业或协调员的", "an enterprise's or a coordinator's"), Merges: false);

    public static ImportTarget For(ImportKind kind) => kind == ImportKind.Needs ? Needs : Results;
}
