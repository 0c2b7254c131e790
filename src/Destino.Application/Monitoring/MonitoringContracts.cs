namespace Destino.Application.Monitoring;

/// <summary>Business figures read from the database, so every instance reports the same numbers.</summary>
public interface IBusinessMetricsReader
{
    Task<BusinessFigures> ReadAsync(
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        TimeSpan abandonedAfter,
        CancellationToken cancellationToken);
}

public sealed record BusinessFigures(
    int OrdersPlaced,
    int OrdersPaid,
    int PaymentsFailed,
    long PaidAmountInCents,
    int CartsWithItems,
    int AbandonedCarts);

/// <summary>Facts about this running host that the launch gates check besides the live figures.</summary>
public interface ILaunchReadiness
{
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    bool RateLimitingActive { get; }

    bool SecurityHeadersActive { get; }

    bool WebhookVerificationConfigured { get; }

    bool ErrorMonitoringActive { get; }

    TimeSpan ProcessUptime { get; }
}

public sealed class MonitoringOptions
{
    public const string SectionName = "Monitoring";

    /// <summary>A cart with items that has not become an order this long after its last change is abandoned.</summary>
    public int CartAbandonedAfterMinutes { get; set; } = 60;
}
