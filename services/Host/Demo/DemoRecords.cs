using Huli.Matchmaking.Contracts;

namespace Huli.Matchmaking.Host.Demo;

/// <summary>A research result in the demo set, as <c>demo-results.json</c> holds it.</summary>
internal sealed record DemoResult(
    string ExternalId, string Title, string Abstract, List<string> Keywords, List<string> Fields, int? Trl, string Institute);

/// <summary>A technical need in the demo set, as <c>demo-needs.json</c> holds it.</summary>
internal sealed record DemoNeed(
    string ExternalId, string Title, string Description, List<string> Keywords, List<string> Fields,
    NeedConfidentiality Confidentiality, string Enterprise);
