namespace Destino.Api.Hosting;

/// <summary>When this process started, read from the injected clock so tests can move time.</summary>
internal sealed class ProcessUptime(TimeProvider timeProvider)
{
    private readonly DateTimeOffset startedAt = timeProvider.GetUtcNow();

    public TimeSpan Elapsed => timeProvider.GetUtcNow() - startedAt;
}
