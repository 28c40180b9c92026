namespace InfoSociale.Bot.DirectLine;

// Direct Line's trustedOrigins: the pages a conversation token may be used from, written into the token.
// A token copied to another site is refused there by the browser's Origin header; calls without an Origin
// (a site's backend) are not pages and pass, as with AllowedOrigins.
public static class TrustedOrigins
{
    // "https://www.ge.ch/" -> "https://www.ge.ch"; null for anything that is not a bare http(s) origin.
    public static string? Normalize(string origin) =>
        Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;

    public static (IReadOnlyList<string> Origins, string? Error) Parse(IReadOnlyList<string>? requested)
    {
        if (requested is null) return ([], null);
        var origins = new List<string>();
        foreach (var origin in requested)
        {
            if (Normalize(origin ?? "") is not { } normalized)
                return ([], $"'{origin}' in trustedOrigins is not an origin; write it as scheme and host, for example \"https://www.ge.ch\".");
            if (!origins.Contains(normalized)) origins.Add(normalized);
        }
        return (origins, null);
    }

    // The page's own origin, for tokens a browser page asks for itself.
    public static IReadOnlyList<string> OfPage(HttpRequest request) =>
        Normalize(request.Headers.Origin.ToString()) is { } origin ? [origin] : [];

    public static bool Allow(IReadOnlyList<string> trusted, HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return trusted.Count == 0 || origin.Length == 0 || (Normalize(origin) is { } normalized && trusted.Contains(normalized));
    }
}
