using Destino.Application.Identity;

namespace Destino.Api.Security;

internal static class AuthorizationPolicies
{
    public const string Admin = "Admin";
    public const string MetricsScraper = "MetricsScraper";

    public static IServiceCollection AddDestinoAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(MetricsScraper, policy => policy.AddRequirements(new MetricsScraperRequirement()));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, MetricsScraperHandler>();

        return services;
    }
}
