namespace InfoSociale.Bot.Hosting;

// The security headers of every response, in one place for every page (chat, kiosk, staff) and API.
// Scripts come only from this host ('self', no inline script: pages load their code from files); styles may be
// inline because Web Chat injects its own; images and media only from this host, data: and blob:, so a Markdown
// image in a message never calls another host. Sites embedding the chat in a frame are listed in
// InfoSociale:Security:FrameAncestors. HSTS only on requests that came over TLS (directly or from a trusted proxy).
public sealed class SecurityHeaders
{
    public const string Section = "InfoSociale:Security";

    public SecurityHeaders(IConfiguration configuration)
    {
        var frameAncestors = configuration.GetSection($"{Section}:FrameAncestors").Get<string[]>() ?? [];
        foreach (var ancestor in frameAncestors)
            if (!IsSource(ancestor))
                throw new InvalidOperationException($"{Section}:FrameAncestors holds '{ancestor}'; write an origin such as https://www.ge.ch.");
        ContentSecurityPolicy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors " + string.Join(' ', ["'self'", .. frameAncestors]));
    }

    public string ContentSecurityPolicy { get; }

    public void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (http.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
    }

    private static bool IsSource(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && !origin.Contains(';') && !origin.Contains(' ');
}

public static class SecurityHeadersMiddleware
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var policy = app.Services.GetRequiredService<SecurityHeaders>();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                policy.Apply(http);
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
