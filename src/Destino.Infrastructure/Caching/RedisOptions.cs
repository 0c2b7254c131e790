namespace Destino.Infrastructure.Caching;

/// <summary>Settings under <c>Redis</c>. With no connection string the cache is in-process only.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    public string? ConnectionString { get; set; }

    /// <summary>Prefix of every key Destino writes, so one Redis can serve several environments.</summary>
    public string InstanceName { get; set; } = "destino:";

    public int ConnectTimeoutMilliseconds { get; set; } = 2000;

    public int OperationTimeoutMilliseconds { get; set; } = 1000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
