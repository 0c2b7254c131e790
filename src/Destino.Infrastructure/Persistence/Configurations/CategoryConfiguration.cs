using Destino.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Destino.Infrastructure.Persistence.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
        builder.HasKey(category => category.Id);
        builder.Property(category => category.Id).ValueGeneratedNever();

        builder.Property(category => category.Name).HasMaxLength(Category.MaxNameLength).IsRequired();
        builder.Property(category => category.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(category => category.Description).HasMaxLength(Category.MaxDescriptionLength);

        builder.HasIndex(category => category.Slug).IsUnique();
        builder.HasIndex(category => new { category.IsArchived, category.SortOrder });
    }
}
