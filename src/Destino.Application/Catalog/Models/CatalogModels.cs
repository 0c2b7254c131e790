namespace Destino.Application.Catalog.Models;

/// <summary>A price as the API shows it: amount in minor units (cents) and an ISO 4217 currency code.</summary>
public sealed record MoneyModel(long Amount, string Currency);

public sealed record CategoryModel(Guid Id, string Name, string Slug, string? Description, int SortOrder);

public sealed record ProductModel(
    Guid Id,
    Guid CategoryId,
    string Name,
    string Slug,
    string? Description,
    MoneyModel Price,
    string? ImageUrl,
    bool IsAvailable,
    int? DailyStock,
    int SortOrder);

public sealed record ProductPage(IReadOnlyList<ProductModel> Items, int Page, int PageSize, int TotalCount);
