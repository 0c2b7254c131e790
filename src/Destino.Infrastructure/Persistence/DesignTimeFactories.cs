using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Destino.Infrastructure.Persistence;

/// <summary>
/// Lets dotnet-ef build each provider's context without starting the API or reaching a server: adding a migration and
/// scripting the SQL Server migrations need the model, not a connection.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDestinoDbContext>
{
    public SqliteDestinoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDestinoDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerDestinoDbContext>
{
    public SqlServerDestinoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerDestinoDbContext>()
            .UseSqlServer("Server=design-time;Database=Destino;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
