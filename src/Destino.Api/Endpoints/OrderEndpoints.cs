using System.Security.Claims;
using Destino.Api.RateLimiting;
using Destino.Api.Security;
using Destino.Application.Identity;
using Destino.Application.Ordering.Checkout;
using Destino.Application.Ordering.Models;
using Destino.Application.Ordering.Orders;
using Destino.Domain.Ordering;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Destino.Api.Endpoints;

internal static class OrderEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder routes)
    {
        var orders = routes.MapGroup("/api/orders")
            .WithTags("Orders")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        orders.MapPost("/", Checkout)
            .RequireRateLimiting(RateLimitingSetup.CheckoutPolicy)
            .WithSummary("Pay for the cart with a Square card token; send an Idempotency-Key header.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status402PaymentRequired)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        orders.MapGet("/", ListMine).WithSummary("The signed-in customer's orders, newest first.");
        orders.MapGet("/{orderId:guid}", GetOne).WithSummary("One order: its owner's, or any for an admin.");

        var admin = routes.MapGroup("/api/admin/orders")
            .WithTags("Order administration")
            .RequireAuthorization(AuthorizationPolicies.Admin);

        admin.MapGet("/", ListAll).WithSummary("Every customer's orders, optionally of one status.");
        admin.MapPost("/{orderId:guid}/fulfil", (Guid orderId, IMediator mediator, CancellationToken token) =>
            SendAsync(mediator, new FulfilOrderCommand(orderId), token));
        admin.MapPost("/{orderId:guid}/cancel", (Guid orderId, IMediator mediator, CancellationToken token) =>
            SendAsync(mediator, new CancelOrderCommand(orderId), token));
        admin.MapPost("/{orderId:guid}/refund", (Guid orderId, IMediator mediator, CancellationToken token) =>
            SendAsync(mediator, new RefundOrderCommand(orderId), token));

        return routes;
    }

    private static async Task<Created<OrderModel>> Checkout(
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        CheckoutRequest request,
        ClaimsPrincipal user,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var order = await mediator.Send(
            new CheckoutCommand(
                user.RequireUserId(),
                idempotencyKey ?? string.Empty,
                request.SourceId,
                request.FulfillmentMethod,
                request.ContactName,
                request.ContactPhone,
                request.DeliveryAddress,
                request.Notes),
            cancellationToken);

        return TypedResults.Created($"/api/orders/{order.Id}", order);
    }

    private static async Task<Ok<OrderPage>> ListMine(
        ClaimsPrincipal user, IMediator mediator, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListOrdersQuery(user.RequireUserId(), null, page ?? 1, pageSize ?? 20), cancellationToken));

    private static async Task<Ok<OrderPage>> ListAll(
        IMediator mediator, OrderStatus? status, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListOrdersQuery(null, status, page ?? 1, pageSize ?? 20), cancellationToken));

    private static async Task<Ok<OrderModel>> GetOne(
        Guid orderId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new GetOrderQuery(orderId, user.RequireUserId(), user.IsInRole(Roles.Admin)), cancellationToken));

    private static async Task<Ok<OrderModel>> SendAsync(
        IMediator mediator, ICommand<OrderModel> command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));
}

/// <summary>The card token from Square's Web Payments SDK and how the order leaves the bakery.</summary>
internal sealed record CheckoutRequest(
    string SourceId,
    FulfillmentMethod FulfillmentMethod,
    string ContactName,
    string ContactPhone,
    string? DeliveryAddress = null,
    string? Notes = null)
{
    public override string ToString() => $"{nameof(CheckoutRequest)} {{ FulfillmentMethod = {FulfillmentMethod} }}";
}
