using Destino.Application.Catalog.Models;
using Mediator;

namespace Destino.Application.Catalog.Commands.CreateCategory;

public sealed record CreateCategoryCommand(string Name, string Slug, string? Description, int SortOrder)
    : ICommand<CategoryModel>, ICategoryFields;

public sealed class CreateCategoryValidator : CategoryFieldsValidator<CreateCategoryCommand>;
