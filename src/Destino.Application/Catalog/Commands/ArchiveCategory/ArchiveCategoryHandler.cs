using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Mediator;

namespace Destino.Application.Catalog.Commands.ArchiveCategory;

public sealed class ArchiveCategoryHandler(ICatalogRepository catalog, IPendingCacheInvalidations cacheInvalidations)
    : ICommandHandler<ArchiveCategoryCommand>
{
    public async ValueTask<Unit> Handle(ArchiveCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await catalog.FindCategoryAsync(command.CategoryId, cancellationToken)
            ?? throw new NotFoundException("Category", command.CategoryId.ToString());

        if (category.IsArchived)
        {
            return Unit.Value;
        }

        var activeProducts = await catalog.CountActiveProductsAsync(category.Id, cancellationToken);
        category.Archive(activeProducts);
        await catalog.SaveChangesAsync(cancellationToken);

        cacheInvalidations.Add(CatalogCache.CategoriesTag, CatalogCache.CategoryListingTag(category.Slug));

        return Unit.Value;
    }
}
