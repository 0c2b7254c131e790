using Destino.Application.Catalog.Models;
using Destino.Application.Catalog.Queries.GetProduct;
using Destino.Application.Catalog.Queries.ListCategories;
using Destino.Application.Catalog.Queries.ListProducts;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Destino.Api.Endpoints;

internal static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder routes)
    {
        var catalog = routes.MapGroup("/api").WithTags("Catalog");

        catalog.MapGet("/categories", ListCategories)
            .WithName("ListCategories")
            .WithSummary("The visible menu categories, in menu order.");

        catalog.MapGet("/products", ListProducts)
            .WithName("ListProducts")
            .WithSummary("One page of visible products, optionally filtered by category slug.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        catalog.MapGet("/products/{idOrSlug}", GetProduct)
            .WithName("GetProduct")
            .WithSummary("A visible product by id or slug.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return routes;
    }

    private static async Task<Ok<IReadOnlyList<CategoryModel>>> ListCategories(
        IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListCategoriesQuery(), cancellationToken));

    private static async Task<Ok<ProductPage>> ListProducts(
        IMediator mediator,
        string? category,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var query = new ListProductsQuery(
            string.IsNullOrEmpty(category) ? null : category,
            page ?? 1,
            pageSize ?? ListProductsQuery.DefaultPageSize);

        return TypedResults.Ok(await mediator.Send(query, cancellationToken));
    }

    private static async Task<Ok<ProductModel>> GetProduct(
        IMediator mediator,
        string idOrSlug,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProductQuery(idOrSlug), cancellationToken));
}
