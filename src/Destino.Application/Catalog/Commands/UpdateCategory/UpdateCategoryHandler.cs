using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Mediator;

namespace Destino.Application.Catalog.Commands.UpdateCategory;

public sealed class UpdateCategoryHandler(ICatalogRepository catalog, IPendingCacheInvalidations cacheInvalidations)
    : ICommandHandler<UpdateCategoryCommand, CategoryModel>
{
    public async ValueTask<CategoryModel> Handle(UpdateCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await catalog.FindCategoryAsync(command.CategoryId, cancellationToken);
        if (category is null || category.IsArchived)
        {
            throw new NotFoundException("Category", command.CategoryId.ToString());
        }

        if (await catalog.IsCategorySlugTakenAsync(command.Slug, category.Id, cancellationToken))
        {
            throw new ConflictException($"A category with slug '{command.Slug}' already exists.");
        }

        var previousSlug = category.Slug;
        category.Update(command.Name, command.Slug, command.Description, command.SortOrder);
        await catalog.SaveChangesAsync(cancellationToken);

        cacheInvalidations.Add(
            CatalogCache.CategoriesTag,
            CatalogCache.CategoryListingTag(previousSlug),
            CatalogCache.CategoryListingTag(category.Slug));

        return category.ToModel();
    }
}
