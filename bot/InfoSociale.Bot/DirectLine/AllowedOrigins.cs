namespace InfoSociale.Bot.DirectLine;

// Pages allowed to talk to Direct Line from a browser: the host's own pages and the configured origins.
// CORS covers fetch calls; WebSocket upgrades bypass CORS, so the stream checks the Origin header itself.
public sealed class AllowedOrigins(IReadOnlyCollection<string> configured)
{
    private readonly HashSet<string> _origins = configured.Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Allows(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true; // not a browser page (site backend, bench, tests)
        if (_origins.Contains(origin)) return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
