namespace Huli.Matchmaking.TextAnalysis;

/// <summary>Where the csproj copies the analyser's data files. Resolved from the application's base directory,
/// not the working directory, so services started from any folder (or by a test host) find them.</summary>
internal static class AnalyzerResources
{
    public static string JiebaDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Resources");

    public static string DomainDictionaryPath { get; } =
        Path.Combine(AppContext.BaseDirectory, "Dictionaries", "domain-terms.txt");
}
