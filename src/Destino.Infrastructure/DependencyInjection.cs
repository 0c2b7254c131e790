using Destino.Application.Catalog;
using Destino.Infrastructure.Caching;
using Destino.Infrastructure.Health;
using Destino.Infrastructure.Identity;
using Destino.Infrastructure.Payments;
using Destino.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Destino.Infrastructure;

public static class DependencyInjection
{
    public const string DatabaseHealthCheck = "database";
    public const string RedisHealthCheckName = "redis";

    public static IServiceCollection AddDestinoInfrastructure(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Validate(
                options => options.Provider != DatabaseProvider.SqlServer
                    || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is SqlServer.")
            .ValidateOnStart();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new();
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new();
        services.Configure<RedisOptions>(configuration.GetSection(RedisOptions.SectionName));

        services.AddSingleton<SlowQueryInterceptor>();
        services.AddDestinoDbContext(database, environment);
        services.AddScoped<ICatalogRepository, CatalogRepository>();
        services.AddScoped<ICatalogReader, CatalogReader>();
        services.AddScoped<DatabaseInitializer>();

        services.AddDestinoCache(redis);
        services.AddDestinoIdentity(configuration);
        services.AddDestinoPayments(configuration);
        services.AddScoped<Application.Ordering.IOrderingRepository, OrderingRepository>();
        services.AddScoped<Application.Webhooks.IWebhookInbox, Webhooks.WebhookInbox>();
        services.AddScoped<Application.Monitoring.IBusinessMetricsReader, BusinessMetricsReader>();
        if (redis.IsConfigured)
        {
            services.AddSingleton<Application.Webhooks.IWebhookClaims, Webhooks.RedisWebhookClaims>();
        }
        else
        {
            services.AddSingleton<Application.Webhooks.IWebhookClaims, Webhooks.NoWebhookClaims>();
        }


        var health = services.AddHealthChecks()
            .AddDbContextCheck<DestinoDbContext>(DatabaseHealthCheck, HealthStatus.Unhealthy);
        if (redis.IsConfigured)
        {
            health.AddCheck<RedisHealthCheck>(
                RedisHealthCheckName, HealthStatus.Degraded, timeout: TimeSpan.FromSeconds(3));
        }

        return services;
    }

    private static void AddDestinoDbContext(
        this IServiceCollection services,
        DatabaseOptions database,
        IHostEnvironment environment)
    {
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContextPool<SqlServerDestinoDbContext>(
                (provider, options) => options
                    .UseSqlServer(ConnectionStrings.ForSqlServer(database), sqlServer => sqlServer
                        .EnableRetryOnFailure(database.MaxRetryCount)
                        .CommandTimeout(database.CommandTimeoutSeconds))
                    .AddInterceptors(provider.GetRequiredService<SlowQueryInterceptor>()),
                database.DbContextPoolSize);
            services.AddScoped<DestinoDbContext>(provider => provider.GetRequiredService<SqlServerDestinoDbContext>());
            return;
        }

        var sqlite = ConnectionStrings.ForSqlite(database, environment.ContentRootPath);
        services.AddDbContextPool<SqliteDestinoDbContext>(
            (provider, options) => options
                .UseSqlite(sqlite, sqliteOptions => sqliteOptions.CommandTimeout(database.CommandTimeoutSeconds))
                .AddInterceptors(provider.GetRequiredService<SlowQueryInterceptor>()),
            database.DbContextPoolSize);
        services.AddScoped<DestinoDbContext>(provider => provider.GetRequiredService<SqliteDestinoDbContext>());
    }
}
