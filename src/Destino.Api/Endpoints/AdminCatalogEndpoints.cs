using Destino.Application.Catalog.Commands.ArchiveCategory;
using Destino.Application.Catalog.Commands.ArchiveProduct;
using Destino.Application.Catalog.Commands.CreateCategory;
using Destino.Application.Catalog.Commands.CreateProduct;
using Destino.Application.Catalog.Commands.UpdateCategory;
using Destino.Application.Catalog.Commands.UpdateProduct;
using Destino.Application.Catalog.Models;
using Destino.Api.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Destino.Api.Endpoints;

internal static class AdminCatalogEndpoints
{
    public static IEndpointRouteBuilder MapAdminCatalogEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin")
            .WithTags("Catalog administration")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        admin.MapPost("/categories", CreateCategory).ProducesValidationProblem();
        admin.MapPut("/categories/{categoryId:guid}", UpdateCategory).ProducesValidationProblem();
        admin.MapPost("/categories/{categoryId:guid}/archive", ArchiveCategory);
        admin.MapPost("/products", CreateProduct).ProducesValidationProblem();
        admin.MapPut("/products/{productId:guid}", UpdateProduct).ProducesValidationProblem();
        admin.MapPost("/products/{productId:guid}/archive", ArchiveProduct);

        return routes;
    }

    private static async Task<Created<CategoryModel>> CreateCategory(
        CategoryRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var category = await mediator.Send(
            new CreateCategoryCommand(request.Name, request.Slug, request.Description, request.SortOrder),
            cancellationToken);

        return TypedResults.Created($"/api/products?category={category.Slug}", category);
    }

    private static async Task<Ok<CategoryModel>> UpdateCategory(
        Guid categoryId, CategoryRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateCategoryCommand(categoryId, request.Name, request.Slug, request.Description, request.SortOrder),
            cancellationToken));

    private static async Task<NoContent> ArchiveCategory(
        Guid categoryId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ArchiveCategoryCommand(categoryId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ProductModel>> CreateProduct(
        ProductRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var product = await mediator.Send(request.ToCreateCommand(), cancellationToken);

        return TypedResults.Created($"/api/products/{product.Id}", product);
    }

    private static async Task<Ok<ProductModel>> UpdateProduct(
        Guid productId, ProductRequest request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(request.ToUpdateCommand(productId), cancellationToken));

    private static async Task<NoContent> ArchiveProduct(
        Guid productId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ArchiveProductCommand(productId), cancellationToken);
        return TypedResults.NoContent();
    }
}

internal sealed record CategoryRequest(string Name, string Slug, string? Description = null, int SortOrder = 0);

/// <summary>A product as an admin sends it; the price is in minor units, as the catalog shows it.</summary>
internal sealed record ProductRequest(
    Guid CategoryId,
    string Name,
    string Slug,
    MoneyModel Price,
    string? Description = null,
    string? ImageUrl = null,
    bool IsAvailable = true,
    int? DailyStock = null,
    int SortOrder = 0)
{
    public CreateProductCommand ToCreateCommand() =>
        new(CategoryId, Name, Slug, Description, Price, ImageUrl, IsAvailable, DailyStock, SortOrder);

    public UpdateProductCommand ToUpdateCommand(Guid productId) =>
        new(productId, CategoryId, Name, Slug, Description, Price, ImageUrl, IsAvailable, DailyStock, SortOrder);
}
