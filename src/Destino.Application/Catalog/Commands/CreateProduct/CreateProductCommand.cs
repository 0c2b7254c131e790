using Destino.Application.Catalog.Models;
using Mediator;

namespace Destino.Application.Catalog.Commands.CreateProduct;

public sealed record CreateProductCommand(
    Guid CategoryId,
    string Name,
    string Slug,
    string? Description,
    MoneyModel Price,
    string? ImageUrl,
    bool IsAvailable,
    int? DailyStock,
    int SortOrder) : ICommand<ProductModel>, IProductFields;

public sealed class CreateProductValidator : ProductFieldsValidator<CreateProductCommand>;
