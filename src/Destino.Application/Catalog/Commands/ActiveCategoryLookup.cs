using Destino.Domain.Catalog;
using FluentValidation;
using FluentValidation.Results;

namespace Destino.Application.Catalog.Commands;

internal static class ActiveCategoryLookup
{
    /// <summary>The category a product is placed in; an unknown or archived one is a field error, not a 404.</summary>
    public static async Task<Category> RequireActiveCategoryAsync(
        this ICatalogRepository catalog,
        Guid categoryId,
        CancellationToken cancellationToken)
    {
        var category = await catalog.FindCategoryAsync(categoryId, cancellationToken);
        if (category is null || category.IsArchived)
        {
            throw new ValidationException(
                [new ValidationFailure(nameof(IProductFields.CategoryId), "No active category has this id.")]);
        }

        return category;
    }
}
