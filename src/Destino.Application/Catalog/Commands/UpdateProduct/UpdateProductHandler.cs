using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Mediator;

namespace Destino.Application.Catalog.Commands.UpdateProduct;

public sealed class UpdateProductHandler(ICatalogRepository catalog, IPendingCacheInvalidations cacheInvalidations)
    : ICommandHandler<UpdateProductCommand, ProductModel>
{
    public async ValueTask<ProductModel> Handle(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        var product = await catalog.FindProductAsync(command.ProductId, cancellationToken);
        if (product is null || product.IsArchived)
        {
            throw new NotFoundException("Product", command.ProductId.ToString());
        }

        var previousCategory = await catalog.FindCategoryAsync(product.CategoryId, cancellationToken)
            ?? throw new InvalidOperationException($"Product {product.Id} points at a missing category.");
        var nextCategory = await catalog.RequireActiveCategoryAsync(command.CategoryId, cancellationToken);

        if (await catalog.IsProductSlugTakenAsync(command.Slug, product.Id, cancellationToken))
        {
            throw new ConflictException($"A product with slug '{command.Slug}' already exists.");
        }

        // Tags of the product as it was, taken before the change: its old slug and category must be evicted too.
        var staleTags = ProductCacheTags.ReadsShowing(product, previousCategory).ToList();

        product.Update(nextCategory.Id, command.ToAttributes());
        await catalog.SaveChangesAsync(cancellationToken);

        cacheInvalidations.Add(staleTags);
        cacheInvalidations.Add(ProductCacheTags.ReadsShowing(product, nextCategory));

        return product.ToModel();
    }
}
