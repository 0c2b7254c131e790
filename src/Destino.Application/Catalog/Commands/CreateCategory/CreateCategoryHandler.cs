using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Destino.Domain.Catalog;
using Mediator;

namespace Destino.Application.Catalog.Commands.CreateCategory;

public sealed class CreateCategoryHandler(ICatalogRepository catalog, IPendingCacheInvalidations cacheInvalidations)
    : ICommandHandler<CreateCategoryCommand, CategoryModel>
{
    public async ValueTask<CategoryModel> Handle(CreateCategoryCommand command, CancellationToken cancellationToken)
    {
        if (await catalog.IsCategorySlugTakenAsync(command.Slug, null, cancellationToken))
        {
            throw new ConflictException($"A category with slug '{command.Slug}' already exists.");
        }

        var category = new Category(
            Guid.CreateVersion7(), command.Name, command.Slug, command.Description, command.SortOrder);

        catalog.AddCategory(category);
        await catalog.SaveChangesAsync(cancellationToken);

        cacheInvalidations.Add(CatalogCache.CategoriesTag);

        return category.ToModel();
    }
}
