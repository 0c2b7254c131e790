namespace Destino.Application.Common.Telemetry;

/// <summary>
/// Where unexpected failures go (Sentry in deployed environments). Application code depends on this, never on the
/// error tracker's static API, so tests can see what is reported and nothing is sent from a laptop.
/// </summary>
public interface IErrorReporter
{
    void Report(Exception exception, string component, string requestName, Guid? userId);

    void AddBreadcrumb(string category, string message);
}

/// <summary>Marks an exception as reported, so the outer exception handler does not report it a second time.</summary>
public static class ReportedExceptions
{
    private const string Key = "destino.reported";

    public static void MarkReported(this Exception exception) => exception.Data[Key] = true;

    public static bool WasReported(this Exception exception) => exception.Data.Contains(Key);
}
