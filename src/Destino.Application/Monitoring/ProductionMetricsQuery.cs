using Destino.Application.Common.Telemetry;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Destino.Application.Monitoring;

/// <summary>The launch plan's production metrics over the last <see cref="WindowMinutes"/> minutes.</summary>
public sealed record ProductionMetricsQuery(int WindowMinutes) : IQuery<ProductionMetrics>;

public sealed class ProductionMetricsValidator : AbstractValidator<ProductionMetricsQuery>
{
    public ProductionMetricsValidator()
    {
        RuleFor(query => query.WindowMinutes).InclusiveBetween(1, (int)OperationalStats.Retention.TotalMinutes);
    }
}

public sealed record ProductionMetrics(
    DateTimeOffset From,
    DateTimeOffset To,
    BusinessMetrics Business,
    PerformanceMetrics Performance,
    InfrastructureMetrics Infrastructure,
    SecurityMetrics Security);

public sealed record BusinessMetrics(
    double OrdersPerHour,
    double ConversionRate,
    long AverageOrderValueInCents,
    int FailedPayments,
    double CartAbandonmentRate,
    double PaymentSuccessRate);

public sealed record PerformanceMetrics(
    Percentiles ApiResponseTimeMs,
    Percentiles DatabaseQueryTimeMs,
    Percentiles PageLoadMs);

public sealed record InfrastructureMetrics(
    double ErrorRate,
    long Requests,
    long UptimeSeconds,
    double Availability,
    long ActiveRequests,
    double CacheHitRate,
    long RateLimitViolations);

public sealed record SecurityMetrics(long FailedAuthAttempts, long SuspiciousWebhooks, long BlockedRequests);

public sealed class ProductionMetricsHandler(
    IBusinessMetricsReader business,
    OperationalStats stats,
    ILaunchReadiness host,
    IOptions<MonitoringOptions> options,
    TimeProvider clock) : IQueryHandler<ProductionMetricsQuery, ProductionMetrics>
{
    public async ValueTask<ProductionMetrics> Handle(ProductionMetricsQuery query, CancellationToken cancellationToken)
    {
        var to = clock.GetUtcNow();
        var from = to.AddMinutes(-query.WindowMinutes);

        var figures = await business.ReadAsync(
            from, to, TimeSpan.FromMinutes(options.Value.CartAbandonedAfterMinutes), cancellationToken);
        var live = stats.Snapshot(from);

        return new ProductionMetrics(
            from,
            to,
            new BusinessMetrics(
                OrdersPerHour: figures.OrdersPlaced / (query.WindowMinutes / 60.0),
                ConversionRate: Ratio(figures.OrdersPaid, figures.CartsWithItems),
                AverageOrderValueInCents: figures.OrdersPaid == 0 ? 0 : figures.PaidAmountInCents / figures.OrdersPaid,
                FailedPayments: figures.PaymentsFailed,
                CartAbandonmentRate: Ratio(figures.AbandonedCarts, figures.CartsWithItems),
                PaymentSuccessRate: figures.OrdersPaid + figures.PaymentsFailed == 0
                    ? 1
                    : Ratio(figures.OrdersPaid, figures.OrdersPaid + figures.PaymentsFailed)),
            new PerformanceMetrics(live.ResponseTimeMs, live.QueryTimeMs, live.PageLoadMs),
            new InfrastructureMetrics(
                live.ErrorRate,
                live.Requests,
                (long)host.ProcessUptime.TotalSeconds,
                live.Availability,
                stats.ActiveRequests,
                live.CacheHitRate,
                live.RateLimitRejections),
            new SecurityMetrics(live.FailedSignIns, live.SuspiciousWebhooks, live.Blocked));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Min(1, (double)part / whole);
}
