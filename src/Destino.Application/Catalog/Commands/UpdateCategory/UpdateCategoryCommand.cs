using Destino.Application.Catalog.Models;
using FluentValidation;
using Mediator;

namespace Destino.Application.Catalog.Commands.UpdateCategory;

public sealed record UpdateCategoryCommand(
    Guid CategoryId, string Name, string Slug, string? Description, int SortOrder)
    : ICommand<CategoryModel>, ICategoryFields;

public sealed class UpdateCategoryValidator : CategoryFieldsValidator<UpdateCategoryCommand>
{
    public UpdateCategoryValidator()
    {
        RuleFor(command => command.CategoryId).NotEmpty();
    }
}
