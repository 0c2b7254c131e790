using Microsoft.Data.Sqlite;
using Respawn;

namespace Destino.Tests.Support;

/// <summary>A SQLite file of the test run's own, emptied with Respawn before each test; the schema stays.</summary>
internal sealed class TestDatabase : IDisposable
{
    private Respawner? respawner;

    public TestDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "destino-tests");
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, $"catalog-{Guid.NewGuid():N}.db");
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public async Task ResetAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();

        respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = new SqliteRespawnAdapter(),
            TablesToIgnore = ["__EFMigrationsHistory", "AspNetRoles"],
        });

        await respawner.ResetAsync(connection);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
