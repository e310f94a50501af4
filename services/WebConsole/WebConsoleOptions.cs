namespace Huli.Matchmaking.WebConsole;

/// <summary>Where the console finds the four APIs. Empty means the origin that served the console, as on the
/// embedded profile; the distributed profile names each service's base address.</summary>
public sealed class WebConsoleOptions
{
    public const string SectionName = "Huli:Console:Apis";

    public string Results { get; set; } = "";

    public string Needs { get; set; } = "";

    public string Matcher { get; set; } = "";

    public string Alliance { get; set; } = "";
}
