using Destino.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Destino.Infrastructure.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.HasKey(product => product.Id);
        builder.Property(product => product.Id).ValueGeneratedNever();

        builder.Property(product => product.Name).HasMaxLength(Product.MaxNameLength).IsRequired();
        builder.Property(product => product.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(product => product.Description).HasMaxLength(Product.MaxDescriptionLength);
        builder.Property(product => product.ImageUrl).HasMaxLength(Product.MaxImageUrlLength);

        builder.ComplexProperty(product => product.Price, price =>
        {
            price.Property(money => money.Amount).HasColumnName("PriceAmount");
            price.Property(money => money.Currency).HasColumnName("PriceCurrency").HasMaxLength(3).IsFixedLength();
        });

        builder.HasOne<Category>()
            .WithMany()
            .HasForeignKey(product => product.CategoryId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(product => product.Slug).IsUnique();
        builder.HasIndex(product => new { product.CategoryId, product.IsArchived, product.SortOrder });
    }
}
