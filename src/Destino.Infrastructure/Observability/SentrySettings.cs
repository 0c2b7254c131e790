namespace Destino.Infrastructure.Observability;

/// <summary>
/// Settings under <c>Sentry</c> that Destino reads itself; Sentry's SDK binds the same section for the rest
/// (for example <c>Sentry:Dsn</c>).
/// </summary>
public sealed class SentrySettings
{
    public const string SectionName = "Sentry";

    public string? Dsn { get; set; }

    /// <summary>Defaults to 0.1 in Production and 1.0 elsewhere, as the launch plan asks.</summary>
    public double? TracesSampleRate { get; set; }

    public string? Release { get; set; }
}
