using Destino.Application.Catalog.Models;
using Mediator;

namespace Destino.Application.Catalog.Queries.ListCategories;

public sealed class ListCategoriesHandler(ICatalogReader catalog)
    : IQueryHandler<ListCategoriesQuery, IReadOnlyList<CategoryModel>>
{
    public async ValueTask<IReadOnlyList<CategoryModel>> Handle(
        ListCategoriesQuery query,
        CancellationToken cancellationToken) =>
        await catalog.ListCategoriesAsync(cancellationToken);
}
