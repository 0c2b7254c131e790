using System.Security.Claims;
using Destino.Api.Hosting;
using Destino.Application.Common.Telemetry;
using Destino.Application.Monitoring;
using Destino.Infrastructure.Identity;
using Destino.Infrastructure.Observability;
using Destino.Infrastructure.Payments;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Destino.Api.Observability;

internal sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public Guid? UserId =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue(DestinoClaims.Subject), out var id) ? id : null;
}

/// <summary>What the launch gates check about this running host besides the live figures.</summary>
internal sealed class LaunchReadiness(
    HealthCheckService health,
    IOptions<RateLimiterOptions> rateLimiter,
    IOptions<SquareOptions> square,
    ErrorMonitoringStatus errorMonitoring,
    Security.SecurityHeadersState securityHeaders,
    ProcessUptime uptime) : ILaunchReadiness
{
    public bool RateLimitingActive => rateLimiter.Value.GlobalLimiter is not null;

    /// <summary>True once the middleware has put the headers on a real response of this process.</summary>
    public bool SecurityHeadersActive => securityHeaders.HasApplied;

    public bool WebhookVerificationConfigured =>
        !string.IsNullOrEmpty(square.Value.WebhookSignatureKey)
        && !string.IsNullOrEmpty(square.Value.WebhookNotificationUrl);

    public bool ErrorMonitoringActive => errorMonitoring.Active;

    public TimeSpan ProcessUptime => uptime.Elapsed;

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        (await health.CheckHealthAsync(cancellationToken)).Status != HealthStatus.Unhealthy;
}
