using Destino.Domain.Common;

namespace Destino.Domain.Catalog;

/// <summary>
/// A section of the menu, such as empanadas or catering boxes.
/// </summary>
public sealed class Category
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;

    private Category()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public Category(Guid id, string name, string slug, string? description, int sortOrder)
    {
        Id = id;
        Name = RequireName(name);
        Slug = Catalog.Slug.Require(slug);
        Description = description;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    public string? Description { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsArchived { get; private set; }

    public void Update(string name, string slug, string? description, int sortOrder)
    {
        Name = RequireName(name);
        Slug = Catalog.Slug.Require(slug);
        Description = description;
        SortOrder = sortOrder;
    }

    public void Archive(int activeProductCount)
    {
        if (activeProductCount > 0)
        {
            throw new DomainRuleException(
                $"Category '{Slug}' still has {activeProductCount} active product(s); archive or move them first.");
        }

        IsArchived = true;
    }

    private static string RequireName(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new DomainRuleException("A category needs a name.") : name.Trim();
}
