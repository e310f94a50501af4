namespace Huli.Matchmaking.Host.Demo;

public sealed class DemoOptions
{
    public const string SectionName = "Huli:Demo";

    /// <summary>Seed the demo set and create demo users at first start (embedded profile only).</summary>
    public bool Enabled { get; set; }
}
