using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Huli.Matchmaking.Search.Tests.Contract;

/// <summary>Discovers <see cref="ContractFactAttribute"/> facts. The skip has to be decided per test class, not
/// per method: the contract's methods are shared by every backend and only the Elasticsearch class needs a
/// server.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var testClass = testMethod.TestClass.Class.ToRuntimeType();
        if (testClass?.GetCustomAttribute<RequiresElasticsearchAttribute>() is not null && !ElasticsearchTestServer.IsConfigured)
        {
            return new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                ElasticsearchTestServer.NotConfiguredReason);
        }

        return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
