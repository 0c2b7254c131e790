using Destino.Application.Common.Telemetry;
using Destino.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Moq;

namespace Destino.Tests.Persistence;

internal sealed class DatabaseSetupTests
{
    [Test]
    public void SqlServer_pool_and_timeout_settings_are_applied_through_the_builder()
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=db.internal;Database=Destino;Max Pool Size=5;Connect Timeout=99",
            MaxPoolSize = 50,
            ConnectTimeoutSeconds = 7,
        };

        var built = new SqlConnectionStringBuilder(ConnectionStrings.ForSqlServer(options));

        Assert.That((built.DataSource, built.MaxPoolSize, built.ConnectTimeout), Is.EqualTo(("db.internal", 50, 7)));
    }

    [Test]
    public void A_relative_sqlite_file_lives_under_the_content_root()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), $"destino-root-{Guid.NewGuid():N}");
        try
        {
            var connectionString = ConnectionStrings.ForSqlite(new DatabaseOptions(), contentRoot);

            Assert.That(connectionString, Does.Contain(Path.Combine(contentRoot, "data", "destino.db")));
            Assert.That(Directory.Exists(Path.Combine(contentRoot, "data")), Is.True);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [TestCase("Development", 1)]
    [TestCase("Production", 0)]
    public async Task The_sample_menu_is_seeded_into_an_empty_database_outside_production(
        string environmentName, int expectedSeedRuns)
    {
        await using var db = await NewMigratedDatabaseAsync();
        var initializer = NewInitializer(db, environmentName);

        await initializer.SeedSampleMenuAsync(default);
        await initializer.SeedSampleMenuAsync(default);

        var products = await db.Products.CountAsync();
        Assert.That(products > 0 ? 1 : 0, Is.EqualTo(expectedSeedRuns));
        if (expectedSeedRuns == 1)
        {
            Assert.That(products, Is.GreaterThanOrEqualTo(20), "a believable menu, inserted once");
            Assert.That(await db.Categories.CountAsync(), Is.GreaterThanOrEqualTo(4));
            Assert.That(await db.Products.AllAsync(product => product.Price.Amount > 0), Is.True);
        }
    }

    [Test]
    public void Slow_queries_are_logged_with_at_most_100_characters_of_sql()
    {
        var sql = "SELECT " + string.Join(", ", Enumerable.Range(1, 60).Select(i => $"c{i}"));

        var logged = SlowQueryInterceptor.StartOfSql(sql);

        Assert.That(logged, Has.Length.EqualTo(100));
        Assert.That(sql, Does.StartWith(logged));
    }

    [Test]
    public async Task A_query_over_the_threshold_is_warned_about_and_measured()
    {
        using var services = new ServiceCollection().AddMetrics().AddSingleton(TimeProvider.System)
            .AddSingleton<OperationalStats>().AddSingleton<DestinoMetrics>().BuildServiceProvider();
        var logger = new FakeLogger<SlowQueryInterceptor>();
        var interceptor = new SlowQueryInterceptor(
            services.GetRequiredService<DestinoMetrics>(),
            Mock.Of<IErrorReporter>(),
            Options.Create(new DatabaseOptions { SlowQueryThresholdMilliseconds = 0 }),
            logger);
        var file = Path.Combine(Path.GetTempPath(), $"destino-slow-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDestinoDbContext(new DbContextOptionsBuilder<SqliteDestinoDbContext>()
                .UseSqlite($"Data Source={file};Pooling=false")
                .AddInterceptors(interceptor)
                .Options);
            await db.Database.MigrateAsync();
            logger.Collector.Clear();

            await db.Products.Where(product => product.Slug == "secret-slug-value").ToListAsync();

            var warning = logger.Collector.GetSnapshot().Single();
            Assert.That(warning.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(warning.Message, Does.Contain("SELECT"));
            Assert.That(warning.Message, Does.Not.Contain("secret-slug-value"), "parameter values are never logged");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<SqliteDestinoDbContext> NewMigratedDatabaseAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"destino-seed-{Guid.NewGuid():N}.db");
        var db = new SqliteDestinoDbContext(new DbContextOptionsBuilder<SqliteDestinoDbContext>()
            .UseSqlite($"Data Source={file};Pooling=false").Options);
        await db.Database.MigrateAsync();
        return db;
    }

    private static DatabaseInitializer NewInitializer(DestinoDbContext db, string environmentName)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.EnvironmentName).Returns(environmentName);

        return new DatabaseInitializer(
            db,
            Options.Create(new DatabaseOptions()),
            environment.Object,
            new FakeLogger<DatabaseInitializer>());
    }
}
