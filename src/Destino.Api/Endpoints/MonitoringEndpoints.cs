using Destino.Api.RateLimiting;
using Destino.Api.Security;
using Destino.Application.Common.Telemetry;
using Destino.Application.Monitoring;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Destino.Api.Endpoints;

internal static class MonitoringEndpoints
{
    public static IEndpointRouteBuilder MapMonitoringEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin")
            .WithTags("Monitoring")
            .RequireAuthorization(AuthorizationPolicies.Admin);

        admin.MapGet("/metrics", async (IMediator mediator, int? windowMinutes, CancellationToken token) =>
                TypedResults.Ok(await mediator.Send(new ProductionMetricsQuery(windowMinutes ?? 60), token)))
            .WithSummary("The launch plan's production metrics over a window (minutes, default 60).");

        admin.MapGet("/metrics/series", SeriesAsync)
            .WithSummary("Per-minute API figures of this instance over a window, for the dashboard's charts.");

        admin.MapGet("/launch-gates", async (IMediator mediator, int? windowMinutes, CancellationToken token) =>
                TypedResults.Ok(await mediator.Send(new LaunchGatesQuery(windowMinutes ?? 60), token)))
            .WithSummary("The launch plan's success criteria, each with threshold, measured value and verdict.");

        routes.MapPost("/api/telemetry/page-load", PageLoadAsync)
            .WithTags("Monitoring")
            .RequireRateLimiting(RateLimitingSetup.TelemetryPolicy)
            .WithSummary("An anonymous page-load beacon from the storefront.")
            .ProducesValidationProblem();

        routes.MapGet("/admin/dashboard", DashboardPage).ExcludeFromDescription();

        return routes;
    }

    private static Ok<IReadOnlyList<StatsSnapshot>> SeriesAsync(
        OperationalStats stats, TimeProvider clock, int? windowMinutes) =>
        TypedResults.Ok(stats.Series(clock.GetUtcNow().AddMinutes(-Math.Clamp(windowMinutes ?? 60, 1, 24 * 60))));

    /// <summary>The page itself holds no figures; they come from the admin API once the user signs in.</summary>
    private static IResult DashboardPage(IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("admin/dashboard/index.html");

        return page.Exists
            ? Results.File(page.CreateReadStream(), "text/html; charset=utf-8")
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The dashboard is not deployed here.");
    }

    private static async Task<NoContent> PageLoadAsync(
        PageLoadBeacon beacon, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordPageLoadCommand(beacon.Page, beacon.Milliseconds), cancellationToken);
        return TypedResults.NoContent();
    }
}

internal sealed record PageLoadBeacon(string Page, int Milliseconds);
