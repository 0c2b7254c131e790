using Destino.Application.Catalog.Models;
using FluentValidation;
using Mediator;

namespace Destino.Application.Catalog.Commands.UpdateProduct;

public sealed record UpdateProductCommand(
    Guid ProductId,
    Guid CategoryId,
    string Name,
    string Slug,
    string? Description,
    MoneyModel Price,
    string? ImageUrl,
    bool IsAvailable,
    int? DailyStock,
    int SortOrder) : ICommand<ProductModel>, IProductFields;

public sealed class UpdateProductValidator : ProductFieldsValidator<UpdateProductCommand>
{
    public UpdateProductValidator()
    {
        RuleFor(command => command.ProductId).NotEmpty();
    }
}
