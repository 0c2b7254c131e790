using Destino.Infrastructure.Identity;
using Destino.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Destino.Api.Hosting;

internal static class DatabaseStartup
{
    public const string MigrateVerb = "migrate";

    /// <summary>The <c>migrate</c> verb: apply migrations, seed the sample menu where allowed, then exit.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();

        await initializer.MigrateAsync(app.Lifetime.ApplicationStopping);
        await initializer.SeedSampleMenuAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<AdminBootstrapper>()
            .EnsureConfiguredAdminAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>At start-up the database is only touched when Database:MigrateOnStartup asks for it.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStartup)
        {
            await app.MigrateAndSeedAsync();
        }
    }
}
