using Xunit.Abstractions;
using Xunit.Sdk;

namespace InfoSociale.Tests.TestSupport;

// A [Fact] of an abstract contract class. xunit 2 decides skips when it discovers each concrete subclass,
// so this is where a [RequiresPostgres] subclass is skipped (no server, with the reason) or failed (no server under CI).
[XunitTestCaseDiscoverer("InfoSociale.Tests.TestSupport.ContractFactDiscoverer", "InfoSociale.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
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
