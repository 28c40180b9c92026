using Xunit.Abstractions;
using Xunit.Sdk;

namespace InfoSociale.Tests.TestSupport;

// A [Fact] that may need the PostgreSQL server: on a class marked [RequiresPostgres] it is skipped with the reason
// when no server is configured, and fails when CI is set. xunit 2 decides skips when it discovers each concrete
// class, so this also works for the inherited tests of an abstract contract class.
[XunitTestCaseDiscoverer("InfoSociale.Tests.TestSupport.StoreFactDiscoverer", "InfoSociale.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        if (!needsPostgres || TestPostgres.IsAvailable)
            return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);

        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        return TestPostgres.MustRun
            ? new ExecutionErrorTestCase(DiagnosticMessageSink, display, displayOptions, testMethod, $"CI is set but {TestPostgres.MissingReason}")
            : new XunitSkippedDataRowTestCase(DiagnosticMessageSink, display, displayOptions, testMethod, TestPostgres.MissingReason);
    }
}
