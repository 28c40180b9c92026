namespace InfoSociale.Tests.TestSupport;

// A clock the test moves by hand (retention tests write "40 days ago" without waiting).
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
