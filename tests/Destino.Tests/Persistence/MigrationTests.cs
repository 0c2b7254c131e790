using Destino.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Destino.Tests.Persistence;

/// <summary>
/// Each provider keeps its own migration set; a model change that no migration captures fails here for either one.
/// SQL Server cannot run on these machines, so its side is checked against the model alone.
/// </summary>
[Category("Critical")]
internal sealed class MigrationTests
{
    [Test]
    public void Sqlite_migrations_capture_the_whole_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run dotnet ef migrations add for SQLite");
    }

    [Test]
    public void SqlServer_migrations_capture_the_whole_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run dotnet ef migrations add for SQL Server");
    }

    [Test]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var sqlServerMigrations = sqlServer.Database.GetMigrations().ToList();

        Assert.That(sqliteMigrations, Is.Not.Empty);
        Assert.That(sqlServerMigrations, Is.Not.Empty);
    }

    [Test]
    public async Task Migrating_an_empty_sqlite_file_creates_the_catalog_tables()
    {
        var file = Path.Combine(Path.GetTempPath(), $"destino-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDestinoDbContext(new DbContextOptionsBuilder<SqliteDestinoDbContext>()
                .UseSqlite($"Data Source={file};Pooling=false").Options);

            await db.Database.MigrateAsync();

            Assert.That(await db.Products.CountAsync(), Is.Zero);
            Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
