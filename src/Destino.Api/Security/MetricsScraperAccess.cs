using System.Net;
using Destino.Application.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Destino.Api.Security;

/// <summary>Settings under <c>Metrics</c>: who may scrape <c>/metrics</c> besides a signed-in admin.</summary>
public sealed class MetricsAccessOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Networks in CIDR form (the Prometheus server's) allowed without a token. Empty: admins only.</summary>
    public string[] AllowedNetworks { get; set; } = [];
}

/// <summary>Lets a scraper in from a configured network, or an authenticated admin from anywhere.</summary>
internal sealed class MetricsScraperRequirement : IAuthorizationRequirement;

internal sealed class MetricsScraperHandler(IHttpContextAccessor http, IOptions<MetricsAccessOptions> options)
    : AuthorizationHandler<MetricsScraperRequirement>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, MetricsScraperRequirement requirement)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress;
        var fromAllowedNetwork = address is not null && options.Value.AllowedNetworks
            .Select(IPNetwork.Parse)
            .Any(network => network.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));

        if (fromAllowedNetwork || context.User.IsInRole(Roles.Admin))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
