using Destino.Application.Identity;

namespace Destino.Api.Security;

internal static class AuthorizationPolicies
{
    public const string Admin = "Admin";

    public static IServiceCollection AddDestinoAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));

        return services;
    }
}
