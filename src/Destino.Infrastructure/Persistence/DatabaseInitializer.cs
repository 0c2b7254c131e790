using Destino.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Destino.Infrastructure.Persistence;

/// <summary>
/// Applies the provider's migrations and, outside Production, fills an empty catalog with the sample menu.
/// </summary>
public sealed partial class DatabaseInitializer(
    DestinoDbContext db,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

        await db.Database.MigrateAsync(cancellationToken);

        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while a writer commits; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogMigrated(pending.Count, options.Value.Provider);
    }

    public async Task SeedSampleMenuAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() || !options.Value.SeedSampleData)
        {
            return;
        }

        if (await db.Categories.AnyAsync(cancellationToken) || await db.Products.AnyAsync(cancellationToken))
        {
            return;
        }

        var menu = BakeryMenu.Build();
        var productCount = 0;
        foreach (var (category, products) in menu)
        {
            db.Categories.Add(category);
            db.Products.AddRange(products);
            productCount += products.Count;
        }

        await db.SaveChangesAsync(cancellationToken);

        LogSeeded(menu.Count, productCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {MigrationCount} migration(s) on {Provider}")]
    private partial void LogMigrated(int migrationCount, DatabaseProvider provider);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Seeded the sample menu: {CategoryCount} categories, {ProductCount} products")]
    private partial void LogSeeded(int categoryCount, int productCount);
}
