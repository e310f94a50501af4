using Xunit.Sdk;

namespace Huli.Matchmaking.Search.Tests.Contract;

/// <summary>A fact of the search index contract. It runs on every backend, except that on a class marked
/// <see cref="RequiresElasticsearchAttribute"/> it is reported as skipped while no Elasticsearch is configured
/// (see <see cref="ContractFactDiscoverer"/>).</summary>
[XunitTestCaseDiscoverer("Huli.Matchmaking.Search.Tests.Contract.ContractFactDiscoverer", "Huli.Matchmaking.Search.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;
