namespace Destino.Api.Security;

/// <summary>Settings under <c>Cors</c> and <c>ForwardedHeaders</c>.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    /// <summary>Origins allowed to call the API from a browser. Empty: CORS stays closed.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the load balancers whose X-Forwarded-For is believed. Empty: none is.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR form (10.0.0.0/8) whose proxies are believed.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
