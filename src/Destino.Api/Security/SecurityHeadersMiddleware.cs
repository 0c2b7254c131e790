namespace Destino.Api.Security;

/// <summary>
/// Puts the security headers on every response, errors, 404s and 429s included, just before the response starts.
/// </summary>
internal sealed class SecurityHeadersMiddleware(
    RequestDelegate next, IHostEnvironment environment, SecurityHeadersState state)
{
    private const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The dashboard's own files only: no inline script, no other origin, nothing framed.</summary>
    private const string DashboardContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private const string DenyAllPermissions =
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), "
        + "microphone=(), payment=(), publickey-credentials-get=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });

        return next(context);
    }

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = DenyAllPermissions;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.Remove("Server");
        headers.Remove("X-Powered-By");

        // The interactive API reference needs scripts and styles; it is served in Development only.
        if (context.Request.Path.StartsWithSegments("/admin/dashboard"))
        {
            headers.ContentSecurityPolicy = DashboardContentSecurityPolicy;
        }
        else if (!(environment.IsDevelopment() && context.Request.Path.StartsWithSegments("/scalar")))
        {
            headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
        }

        if (!environment.IsDevelopment())
        {
            headers.StrictTransportSecurity = "max-age=63072000; includeSubDomains";
        }

        if (CarriesPersonalData(context))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }

        state.MarkApplied();
    }

    private static bool CarriesPersonalData(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        || context.Request.Headers.Authorization.Count > 0
        || context.Request.Path.StartsWithSegments("/api/auth")
        || context.Request.Path.StartsWithSegments("/api/admin");
}

/// <summary>Remembers that this process has sent the security headers, for the launch gates.</summary>
internal sealed class SecurityHeadersState
{
    private int applied;

    public bool HasApplied => Volatile.Read(ref applied) == 1;

    public void MarkApplied() => Volatile.Write(ref applied, 1);
}
