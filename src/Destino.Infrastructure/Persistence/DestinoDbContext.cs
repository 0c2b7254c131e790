using Destino.Domain.Catalog;
using Destino.Domain.Ordering;
using Destino.Domain.Webhooks;
using Destino.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Destino.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers, Identity's tables included. Each provider has a derived context so that each
/// keeps its own migration set.
/// </summary>
public abstract class DestinoDbContext(DbContextOptions options)
    : IdentityDbContext<DestinoUser, DestinoRole, Guid>(options)
{
    /// <summary>Fixed ids so the roles are inserted by the migrations and exist before any account does.</summary>
    private static readonly DestinoRole[] SeededRoles =
    [
        new()
        {
            Id = new Guid("0192a6c1-0000-7000-8000-000000000001"),
            Name = Application.Identity.Roles.Customer,
            NormalizedName = Application.Identity.Roles.Customer.ToUpperInvariant(),
            ConcurrencyStamp = "customer-role",
        },
        new()
        {
            Id = new Guid("0192a6c1-0000-7000-8000-000000000002"),
            Name = Application.Identity.Roles.Admin,
            NormalizedName = Application.Identity.Roles.Admin.ToUpperInvariant(),
            ConcurrencyStamp = "admin-role",
        },
    ];

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<CheckoutAttempt> CheckoutAttempts => Set<CheckoutAttempt>();

    public DbSet<WebhookInboxEntry> WebhookInbox => Set<WebhookInboxEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.ApplyConfigurationsFromAssembly(typeof(DestinoDbContext).Assembly);
        builder.Entity<DestinoRole>().HasData(SeededRoles);
    }
}

public sealed class SqliteDestinoDbContext(DbContextOptions<SqliteDestinoDbContext> options)
    : DestinoDbContext(options)
{
    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset columns; stored as a sortable 64-bit number they can be.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqlServerDestinoDbContext(DbContextOptions<SqlServerDestinoDbContext> options)
    : DestinoDbContext(options);
