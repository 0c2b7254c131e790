using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Destino.Infrastructure.Persistence;

internal static class ConnectionStrings
{
    public const string DefaultSqliteFile = "data/destino.db";

    /// <summary>
    /// The SQLite connection string with a relative file resolved against the content root, so the database does not
    /// move with the working directory. The folder is created when missing.
    /// </summary>
    public static string ForSqlite(DatabaseOptions options, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={DefaultSqliteFile}"
                : options.ConnectionString);

        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.DefaultTimeout = options.CommandTimeoutSeconds;

        return builder.ToString();
    }

    /// <summary>Pool size and connect timeout come from settings through the builder, never by concatenation.</summary>
    public static string ForSqlServer(DatabaseOptions options)
    {
        var builder = new SqlConnectionStringBuilder(options.ConnectionString)
        {
            MaxPoolSize = options.MaxPoolSize,
            ConnectTimeout = options.ConnectTimeoutSeconds,
            ApplicationName = "Destino",
        };

        return builder.ConnectionString;
    }
}
