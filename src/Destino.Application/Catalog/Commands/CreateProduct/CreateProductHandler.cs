using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Destino.Domain.Catalog;
using Mediator;

namespace Destino.Application.Catalog.Commands.CreateProduct;

public sealed class CreateProductHandler(ICatalogRepository catalog, IPendingCacheInvalidations cacheInvalidations)
    : ICommandHandler<CreateProductCommand, ProductModel>
{
    public async ValueTask<ProductModel> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        var category = await catalog.RequireActiveCategoryAsync(command.CategoryId, cancellationToken);

        if (await catalog.IsProductSlugTakenAsync(command.Slug, null, cancellationToken))
        {
            throw new ConflictException($"A product with slug '{command.Slug}' already exists.");
        }

        var product = new Product(Guid.CreateVersion7(), category.Id, command.ToAttributes());

        catalog.AddProduct(product);
        await catalog.SaveChangesAsync(cancellationToken);

        cacheInvalidations.Add(ProductCacheTags.ReadsShowing(product, category));

        return product.ToModel();
    }
}
