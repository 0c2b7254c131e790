using Destino.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Destino.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has a derived context so that each keeps its own migration set.
/// </summary>
public abstract class DestinoDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DestinoDbContext).Assembly);
    }
}

public sealed class SqliteDestinoDbContext(DbContextOptions<SqliteDestinoDbContext> options)
    : DestinoDbContext(options);

public sealed class SqlServerDestinoDbContext(DbContextOptions<SqlServerDestinoDbContext> options)
    : DestinoDbContext(options);
