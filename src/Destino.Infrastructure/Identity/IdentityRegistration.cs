using Destino.Application.Identity;
using Destino.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Destino.Infrastructure.Identity;

internal static class IdentityRegistration
{
    public static IServiceCollection AddDestinoIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .PostConfigure(options => options.SigningKey ??= configuration[JwtOptions.LaunchPlanVariable])
            .Validate(
                options => string.IsNullOrEmpty(options.SigningKey) || options.HasStrongKey,
                $"Jwt:SigningKey must be at least {JwtOptions.MinimumKeyBytes} bytes.")
            .Validate(
                options => options.AccessTokenMinutes is > 0 and <= 24 * 60,
                "Jwt:AccessTokenMinutes must be 1-1440.")
            .ValidateOnStart();
        services.AddOptions<IdentitySettings>()
            .Bind(configuration.GetSection(IdentitySettings.SectionName))
            .Validate(
                options => options.MaxFailedSignInAttempts > 0,
                "Identity:MaxFailedSignInAttempts must be positive.")
            .Validate(options => options.LockoutMinutes > 0, "Identity:LockoutMinutes must be positive.")
            .ValidateOnStart();

        var lockout = configuration.GetSection(IdentitySettings.SectionName).Get<IdentitySettings>() ?? new();
        services.AddIdentityCore<DestinoUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = lockout.MaxFailedSignInAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.LockoutMinutes);
            })
            .AddRoles<DestinoRole>()
            .AddEntityFrameworkStores<DestinoDbContext>();

        services.AddSingleton(provider => new JwtSigningKey(provider.GetRequiredService<IOptions<JwtOptions>>().Value));
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<AdminBootstrapper>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, JwtSigningKey>((bearer, jwt, signingKey) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = signingKey.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ValidateLifetime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = DestinoClaims.Subject,
                    RoleClaimType = DestinoClaims.Role,
                };
            });

        return services;
    }
}
