namespace Huli.Matchmaking.Search.Tests.Contract;

/// <summary>Marks a contract test class that runs against the Elasticsearch named by <c>ELASTICSEARCH_URL</c>;
/// without it, its facts are skipped, never failed.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresElasticsearchAttribute : Attribute;
