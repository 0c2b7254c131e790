using Destino.Domain.Common;

namespace Destino.Domain.Catalog;

/// <summary>
/// Something the bakery sells. The price is integer minor units; DailyStock, when set, caps how many can be sold
/// in one bakery day.
/// </summary>
public sealed class Product
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int MaxImageUrlLength = 2048;

    private Product()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public Product(Guid id, Guid categoryId, ProductAttributes details)
    {
        Id = id;
        Name = string.Empty;
        Slug = string.Empty;
        Apply(categoryId, details);
    }

    public Guid Id { get; private set; }

    public Guid CategoryId { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    public string? Description { get; private set; }

    public Money Price { get; private set; }

    public string? ImageUrl { get; private set; }

    public bool IsAvailable { get; private set; }

    public int? DailyStock { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsArchived { get; private set; }

    public void Update(Guid categoryId, ProductAttributes details) => Apply(categoryId, details);

    public void Archive()
    {
        IsArchived = true;
        IsAvailable = false;
    }

    private void Apply(Guid categoryId, ProductAttributes details)
    {
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            throw new DomainRuleException("A product needs a name.");
        }

        if (details.Price.Amount <= 0)
        {
            throw new DomainRuleException("A product's price must be greater than zero.");
        }

        if (details.DailyStock is < 0)
        {
            throw new DomainRuleException("Daily stock cannot be negative.");
        }

        CategoryId = categoryId;
        Name = details.Name.Trim();
        Slug = Catalog.Slug.Require(details.Slug);
        Description = details.Description;
        Price = details.Price;
        ImageUrl = details.ImageUrl;
        IsAvailable = details.IsAvailable;
        DailyStock = details.DailyStock;
        SortOrder = details.SortOrder;
    }
}

/// <summary>
/// The editable facts of a product, passed as one value so creating and updating apply the same rules.
/// </summary>
public sealed record ProductAttributes(
    string Name,
    string Slug,
    string? Description,
    Money Price,
    string? ImageUrl,
    bool IsAvailable,
    int? DailyStock,
    int SortOrder);
