using Destino.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Destino.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(order => order.Id);
        builder.Property(order => order.Id).ValueGeneratedNever();

        builder.Property(order => order.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(order => order.PaymentId).HasMaxLength(100);
        builder.Property(order => order.PaymentFailureCode).HasMaxLength(100);
        builder.Property(order => order.RefundId).HasMaxLength(100);
        builder.Property(order => order.Version).IsConcurrencyToken();

        builder.ComplexProperty(order => order.Total, total =>
        {
            total.Property(money => money.Amount).HasColumnName("TotalAmount");
            total.Property(money => money.Currency).HasColumnName("TotalCurrency").HasMaxLength(3).IsFixedLength();
        });

        builder.ComplexProperty(order => order.Fulfillment, fulfillment =>
        {
            fulfillment.Property(f => f.Method).HasColumnName("FulfillmentMethod")
                .HasConversion<string>().HasMaxLength(20);
            fulfillment.Property(f => f.ContactName).HasColumnName("ContactName")
                .HasMaxLength(Fulfillment.MaxNameLength);
            fulfillment.Property(f => f.ContactPhone).HasColumnName("ContactPhone")
                .HasMaxLength(Fulfillment.MaxPhoneLength);
            fulfillment.Property(f => f.DeliveryAddress).HasColumnName("DeliveryAddress")
                .HasMaxLength(Fulfillment.MaxAddressLength);
            fulfillment.Property(f => f.Notes).HasColumnName("FulfillmentNotes")
                .HasMaxLength(Fulfillment.MaxNotesLength);
        });

        builder.HasMany(order => order.Lines).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(order => order.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(order => order.PaymentIdempotencyKey);
        builder.Ignore(order => order.RefundIdempotencyKey);
        builder.Ignore(order => order.HoldsReservedStock);

        builder.HasIndex(order => new { order.CustomerId, order.PlacedAt });
        builder.HasIndex(order => new { order.Status, order.PlacedAt });
        builder.HasIndex(order => order.PaymentId);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.Property<long>("Id").ValueGeneratedOnAdd();
        builder.HasKey("Id");

        builder.Property(line => line.ProductName).HasMaxLength(Domain.Catalog.Product.MaxNameLength).IsRequired();
        builder.ComplexProperty(line => line.UnitPrice, price =>
        {
            price.Property(money => money.Amount).HasColumnName("UnitPriceAmount");
            price.Property(money => money.Currency).HasColumnName("UnitPriceCurrency").HasMaxLength(3).IsFixedLength();
        });
        builder.Ignore(line => line.LineTotal);
    }
}

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.ToTable("Carts");
        builder.HasKey(cart => cart.CustomerId);

        builder.OwnsMany(cart => cart.Items, item =>
        {
            item.ToTable("CartItems");
            item.WithOwner().HasForeignKey("CustomerId");
            item.HasKey("CustomerId", nameof(CartItem.ProductId));
        });
        builder.Navigation(cart => cart.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CheckoutAttemptConfiguration : IEntityTypeConfiguration<CheckoutAttempt>
{
    public void Configure(EntityTypeBuilder<CheckoutAttempt> builder)
    {
        builder.ToTable("CheckoutAttempts");
        builder.HasKey(attempt => new { attempt.CustomerId, attempt.IdempotencyKey });
        builder.Property(attempt => attempt.IdempotencyKey).HasMaxLength(CheckoutAttempt.MaxKeyLength);
        builder.Property(attempt => attempt.RequestFingerprint).HasMaxLength(64).IsRequired();
        builder.HasIndex(attempt => attempt.OrderId).IsUnique();
    }
}

internal sealed class WebhookInboxConfiguration : IEntityTypeConfiguration<Domain.Webhooks.WebhookInboxEntry>
{
    public void Configure(EntityTypeBuilder<Domain.Webhooks.WebhookInboxEntry> builder)
    {
        builder.ToTable("WebhookInbox");
        builder.HasKey(entry => entry.EventId);
        builder.Property(entry => entry.EventId).HasMaxLength(Domain.Webhooks.WebhookInboxEntry.MaxEventIdLength);
        builder.Property(entry => entry.EventType).HasMaxLength(Domain.Webhooks.WebhookInboxEntry.MaxEventTypeLength);
        builder.Property(entry => entry.Outcome).HasMaxLength(Domain.Webhooks.WebhookInboxEntry.MaxOutcomeLength);
        builder.HasIndex(entry => entry.ReceivedAt);
    }
}
