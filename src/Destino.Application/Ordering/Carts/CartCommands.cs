using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Destino.Domain.Ordering;
using FluentValidation;
using Mediator;

namespace Destino.Application.Ordering.Carts;

public sealed record SetCartItemCommand(Guid CustomerId, Guid ProductId, int Quantity) : ICommand;

public sealed record RemoveCartItemCommand(Guid CustomerId, Guid ProductId) : ICommand;

public sealed record ClearCartCommand(Guid CustomerId) : ICommand;

public sealed class SetCartItemValidator : AbstractValidator<SetCartItemCommand>
{
    public SetCartItemValidator()
    {
        RuleFor(command => command.ProductId).NotEmpty();
        RuleFor(command => command.Quantity).InclusiveBetween(1, Order.MaxQuantityPerLine);
    }
}

public static class CartCache
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    public static string Tag(Guid customerId) => $"cart:{customerId:N}";
}

public sealed class CartCommandsHandler(
    IOrderingRepository ordering,
    IPendingCacheInvalidations cacheInvalidations,
    TimeProvider clock)
    : ICommandHandler<SetCartItemCommand>, ICommandHandler<RemoveCartItemCommand>, ICommandHandler<ClearCartCommand>
{
    public async ValueTask<Unit> Handle(SetCartItemCommand command, CancellationToken cancellationToken)
    {
        var product = (await ordering.FindProductsAsync([command.ProductId], cancellationToken)).SingleOrDefault();
        if (product is null || product.IsArchived)
        {
            throw new NotFoundException("Product", command.ProductId.ToString());
        }

        if (!product.IsAvailable)
        {
            throw new ConflictException($"{product.Name} is not available today.");
        }

        var cart = await LoadOrCreateAsync(command.CustomerId, cancellationToken);
        cart.SetQuantity(product.Id, command.Quantity, clock.GetUtcNow());

        return await SaveAsync(command.CustomerId, cancellationToken);
    }

    public async ValueTask<Unit> Handle(RemoveCartItemCommand command, CancellationToken cancellationToken)
    {
        var cart = await ordering.FindCartAsync(command.CustomerId, cancellationToken);
        cart?.Remove(command.ProductId, clock.GetUtcNow());

        return await SaveAsync(command.CustomerId, cancellationToken);
    }

    public async ValueTask<Unit> Handle(ClearCartCommand command, CancellationToken cancellationToken)
    {
        var cart = await ordering.FindCartAsync(command.CustomerId, cancellationToken);
        cart?.Clear(clock.GetUtcNow());

        return await SaveAsync(command.CustomerId, cancellationToken);
    }

    private async Task<Cart> LoadOrCreateAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var cart = await ordering.FindCartAsync(customerId, cancellationToken);
        if (cart is null)
        {
            cart = new Cart(customerId, clock.GetUtcNow());
            ordering.AddCart(cart);
        }

        return cart;
    }

    private async Task<Unit> SaveAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await ordering.SaveChangesAsync(cancellationToken);
        cacheInvalidations.Add(CartCache.Tag(customerId));

        return Unit.Value;
    }
}
