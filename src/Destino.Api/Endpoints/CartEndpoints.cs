using System.Security.Claims;
using Destino.Application.Ordering.Carts;
using Destino.Application.Ordering.Models;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Destino.Api.Endpoints;

internal static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder routes)
    {
        var cart = routes.MapGroup("/api/cart")
            .WithTags("Cart")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        cart.MapGet("/", GetCart).WithSummary("The signed-in customer's cart at today's prices.");

        cart.MapPut("/items/{productId:guid}", SetItem)
            .WithSummary("Put a product in the cart with a quantity of 1-99, replacing any earlier quantity.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cart.MapDelete("/items/{productId:guid}", RemoveItem).WithSummary("Take a product out of the cart.");
        cart.MapDelete("/", Clear).WithSummary("Empty the cart.");

        return routes;
    }

    private static async Task<Ok<CartModel>> GetCart(
        ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCartQuery(user.RequireUserId()), cancellationToken));

    private static async Task<Ok<CartModel>> SetItem(
        Guid productId, CartItemRequest request, ClaimsPrincipal user, IMediator mediator,
        CancellationToken cancellationToken)
    {
        await mediator.Send(
            new SetCartItemCommand(user.RequireUserId(), productId, request.Quantity), cancellationToken);
        return await GetCart(user, mediator, cancellationToken);
    }

    private static async Task<Ok<CartModel>> RemoveItem(
        Guid productId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveCartItemCommand(user.RequireUserId(), productId), cancellationToken);
        return await GetCart(user, mediator, cancellationToken);
    }

    private static async Task<NoContent> Clear(
        ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ClearCartCommand(user.RequireUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}

internal sealed record CartItemRequest(int Quantity);
