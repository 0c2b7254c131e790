namespace Destino.Api.RateLimiting;

/// <summary>Settings under <c>RateLimiting</c>: a fixed window per policy, counted per client.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public WindowLimit Global { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary>Sign-in and registration, per client address.</summary>
    public WindowLimit Auth { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Sign-in attempts per account name, whatever address they come from.</summary>
    public WindowLimit AuthAccount { get; set; } = new() { PermitLimit = 5, WindowSeconds = 60 };

    /// <summary>Page-load beacons per client address.</summary>
    public WindowLimit Telemetry { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>Checkout attempts per customer, for the checkout endpoint.</summary>
    public WindowLimit Checkout { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>The window of a policy, by the name the rate limiter and the metrics know it under.</summary>
    public WindowLimit For(string policy) => policy switch
    {
        RateLimitingSetup.AuthPolicy => Auth,
        RateLimitingSetup.AuthAccountPolicy => AuthAccount,
        RateLimitingSetup.CheckoutPolicy => Checkout,
        RateLimitingSetup.TelemetryPolicy => Telemetry,
        _ => Global,
    };
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    public bool IsValid => PermitLimit > 0 && WindowSeconds > 0;
}
