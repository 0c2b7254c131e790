namespace Destino.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Settings under <c>Database</c>. Every one is documented in docs/configuration.md.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Required for SQL Server. For SQLite, empty means data/destino.db under the app's content root.
    /// </summary>
    public string? ConnectionString { get; set; }

    public int MaxPoolSize { get; set; } = 100;

    public int ConnectTimeoutSeconds { get; set; } = 15;

    public int CommandTimeoutSeconds { get; set; } = 30;

    public int MaxRetryCount { get; set; } = 5;

    public int DbContextPoolSize { get; set; } = 128;

    public bool MigrateOnStartup { get; set; }

    public bool SeedSampleData { get; set; } = true;

    public int SlowQueryThresholdMilliseconds { get; set; } = 500;
}
