namespace Destino.Infrastructure.Payments;

public enum PaymentGatewayKind
{
    /// <summary>
    /// Answers like Square's sandbox to its test nonces; no credentials, no network. Never in Production.
    /// </summary>
    Sandbox,

    Square,
}

/// <summary>Settings under <c>Payments</c>.</summary>
public sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    public PaymentGatewayKind Gateway { get; set; } = PaymentGatewayKind.Sandbox;

    public int MaxRetryAttempts { get; set; } = 3;

    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    public int AttemptTimeoutSeconds { get; set; } = 10;

    public int TotalTimeoutSeconds { get; set; } = 30;

    public int CircuitBreakDurationSeconds { get; set; } = 15;
}
