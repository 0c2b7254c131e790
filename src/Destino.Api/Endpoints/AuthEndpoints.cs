using System.Security.Claims;
using Destino.Api.RateLimiting;
using Destino.Application.Identity;
using Destino.Application.Identity.Commands.Login;
using Destino.Application.Identity.Commands.Register;
using Destino.Application.Identity.Queries.GetCurrentUser;
using Destino.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Destino.Api.Endpoints;

internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder routes)
    {
        var auth = routes.MapGroup("/api/auth").WithTags("Accounts");

        auth.MapPost("/register", Register)
            .RequireRateLimiting(RateLimitingSetup.AuthPolicy)
            .WithSummary("Create a customer account.")
            .ProducesValidationProblem();

        auth.MapPost("/login", Login)
            .RequireRateLimiting(RateLimitingSetup.AuthPolicy)
            .AddEndpointFilter<AccountSignInLimitFilter>()
            .WithSummary("Exchange an email and password for a short-lived bearer token.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapGet("/me", Me)
            .RequireAuthorization()
            .WithSummary("The signed-in account.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return routes;
    }

    private static async Task<Created<UserProfile>> Register(
        CredentialsRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var profile = await mediator.Send(
            new RegisterCustomerCommand(request.Email, request.Password), cancellationToken);

        return TypedResults.Created("/api/auth/me", profile);
    }

    private static async Task<Ok<AccessToken>> Login(
        CredentialsRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new LoginCommand(request.Email, request.Password), cancellationToken));

    private static async Task<Ok<UserProfile>> Me(
        ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCurrentUserQuery(user.RequireUserId()), cancellationToken));
}

/// <summary>An email and a password. ToString leaves the password out, so no log line can carry it.</summary>
internal sealed record CredentialsRequest(string Email, string Password)
{
    public override string ToString() => $"{nameof(CredentialsRequest)} {{ Email = {Email} }}";
}

internal static class ClaimsPrincipalExtensions
{
    public static Guid RequireUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(DestinoClaims.Subject), out var id)
            ? id
            : throw new InvalidOperationException("An authenticated principal has no user id claim.");
}

/// <summary>Applies the per-account sign-in limit once the body has been read and the account name is known.</summary>
internal sealed class AccountSignInLimitFilter(AccountSignInLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<CredentialsRequest>().FirstOrDefault();
        if (request is null || string.IsNullOrWhiteSpace(request.Email))
        {
            return await next(context);
        }

        using var lease = await limiter.AcquireAsync(request.Email, context.HttpContext.RequestAborted);
        if (!lease.IsAcquired)
        {
            await RateLimitingSetup.WriteRejectionAsync(context.HttpContext, lease, context.HttpContext.RequestAborted);
            return Results.Empty;
        }

        return await next(context);
    }
}
