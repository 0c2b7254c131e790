using FluentValidation;
using Mediator;

namespace Destino.Application.Monitoring;

/// <summary>The launch plan's success criteria, evaluated on live figures over the window.</summary>
public sealed record LaunchGatesQuery(int WindowMinutes) : IQuery<LaunchGates>;

public sealed class LaunchGatesValidator : AbstractValidator<LaunchGatesQuery>
{
    public LaunchGatesValidator()
    {
        RuleFor(query => query.WindowMinutes).InclusiveBetween(1, 24 * 60);
    }
}

public sealed record LaunchGate(string Name, string Threshold, string Measured, bool Passed);

public sealed record LaunchGates(bool AllPassed, IReadOnlyList<LaunchGate> Gates);

public sealed class LaunchGatesHandler(IMediator mediator, ILaunchReadiness host)
    : IQueryHandler<LaunchGatesQuery, LaunchGates>
{
    public async ValueTask<LaunchGates> Handle(LaunchGatesQuery query, CancellationToken cancellationToken)
    {
        var metrics = await mediator.Send(new ProductionMetricsQuery(query.WindowMinutes), cancellationToken);
        var healthy = await host.IsHealthyAsync(cancellationToken);

        LaunchGate[] gates =
        [
            new("Error rate", "< 0.1%", Percent(metrics.Infrastructure.ErrorRate),
                metrics.Infrastructure.ErrorRate < 0.001),
            new("Payment success rate", "> 98%", Percent(metrics.Business.PaymentSuccessRate),
                metrics.Business.PaymentSuccessRate > 0.98),
            new("API p95 response time", "< 500 ms", $"{metrics.Performance.ApiResponseTimeMs.P95:0} ms",
                metrics.Performance.ApiResponseTimeMs.P95 < 500),
            new("Uptime (share of calls not refused as unavailable)", "> 99.9%",
                Percent(metrics.Infrastructure.Availability), metrics.Infrastructure.Availability > 0.999),
            new("Health endpoint", "healthy", healthy ? "healthy" : "unhealthy", healthy),
            Flag("Rate limiting", host.RateLimitingActive),
            Flag("Security headers", host.SecurityHeadersActive),
            Flag("Webhook signature verification", host.WebhookVerificationConfigured),
            Flag("Error monitoring", host.ErrorMonitoringActive),
        ];

        return new LaunchGates(gates.All(gate => gate.Passed), gates);
    }

    private static LaunchGate Flag(string name, bool active) =>
        new(name, "active", active ? "active" : "not configured", active);

    private static string Percent(double ratio) => $"{ratio * 100:0.###}%";
}
