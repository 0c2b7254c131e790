using System.Reflection;
using System.Text.Json;
using Destino.Api.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Destino.Api.Endpoints;

internal static class HealthEndpoints
{
    private static readonly string Version =
        typeof(HealthEndpoints).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        // Liveness: answers from the process alone, so a slow database never gets a healthy replica restarted.
        routes.MapHealthChecks("/api/health", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, report) =>
                context.Response.WriteAsJsonAsync(new { status = report.Status.ToString() }),
        });

        routes.MapHealthChecks("/api/health/detailed", new HealthCheckOptions
        {
            ResponseWriter = WriteDetailedReport,
        });

        return routes;
    }

    /// <summary>
    /// Status, duration and our own description of each dependency. Exception messages are left out on purpose:
    /// a driver's message can carry a host name or a connection string.
    /// </summary>
    private static Task WriteDetailedReport(HttpContext context, HealthReport report)
    {
        var services = context.RequestServices;
        var uptime = services.GetRequiredService<ProcessUptime>();
        var environment = services.GetRequiredService<IHostEnvironment>();

        context.Response.Headers.CacheControl = "no-store";

        return context.Response.WriteAsJsonAsync(
            new
            {
                status = report.Status.ToString(),
                version = Version,
                environment = environment.EnvironmentName,
                uptimeSeconds = (long)uptime.Elapsed.TotalSeconds,
                totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
                checks = report.Entries.Select(entry => new
                {
                    name = entry.Key,
                    status = entry.Value.Status.ToString(),
                    durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                    description = entry.Value.Description ?? DefaultDescription(entry.Value.Status),
                }),
            },
            JsonSerializerOptions.Web);
    }

    private static string DefaultDescription(HealthStatus status) =>
        status == HealthStatus.Healthy ? "Reachable." : "Unreachable or failing.";
}
