using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace InfoSociale.Bot.Hosting;

// Behind the reverse proxy (deploy/nginx.conf): the resident's address for the rate limiters, and https so that
// stream URLs are wss://. X-Forwarded-* is believed only from the proxies listed in InfoSociale:TrustedProxies
// (addresses or networks such as "10.0.0.0/8"); from anyone else it is ignored, or any client could pick the
// address its requests are counted under.
public static class TrustedProxies
{
    public const string Section = "InfoSociale:TrustedProxies";

    public static void Configure(ForwardedHeadersOptions forwarded, IConfiguration configuration)
    {
        var proxies = (configuration.GetSection(Section).Get<string[]>() ?? []).Select(Parse).ToList();
        forwarded.KnownIPNetworks.Clear();
        forwarded.KnownProxies.Clear();
        foreach (var proxy in proxies) forwarded.KnownIPNetworks.Add(proxy);
        // With both lists empty the middleware would believe every sender, so then it reads nothing at all.
        forwarded.ForwardedHeaders = proxies.Count > 0 ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
    }

    private static System.Net.IPNetwork Parse(string entry)
    {
        var text = entry.Trim();
        if (System.Net.IPNetwork.TryParse(text, out var network)) return network;
        if (IPAddress.TryParse(text, out var address)) return new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8);
        throw new InvalidOperationException($"{Section} holds '{entry}', which is neither an IP address nor a network such as 10.0.0.0/8.");
    }
}
