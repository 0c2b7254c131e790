using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Mediator;

namespace Destino.Application.Catalog.Commands.ArchiveProduct;

public sealed class ArchiveProductHandler(ICatalogRepository catalog, IPendingCacheInvalidations cacheInvalidations)
    : ICommandHandler<ArchiveProductCommand>
{
    public async ValueTask<Unit> Handle(ArchiveProductCommand command, CancellationToken cancellationToken)
    {
        var product = await catalog.FindProductAsync(command.ProductId, cancellationToken)
            ?? throw new NotFoundException("Product", command.ProductId.ToString());

        if (product.IsArchived)
        {
            return Unit.Value;
        }

        var category = await catalog.FindCategoryAsync(product.CategoryId, cancellationToken)
            ?? throw new InvalidOperationException($"Product {product.Id} points at a missing category.");

        product.Archive();
        await catalog.SaveChangesAsync(cancellationToken);

        cacheInvalidations.Add(ProductCacheTags.ReadsShowing(product, category));

        return Unit.Value;
    }
}
