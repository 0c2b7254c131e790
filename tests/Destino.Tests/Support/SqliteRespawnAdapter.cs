using System.Text;
using Respawn;
using Respawn.Graph;

namespace Destino.Tests.Support;

/// <summary>
/// Respawn ships no SQLite adapter; this one lists tables and foreign keys from SQLite's catalog so Respawn can delete
/// rows in dependency order. SQLite has no schemas, temporal tables or identity reseeding.
/// </summary>
internal sealed class SqliteRespawnAdapter : IDbAdapter
{
    public string BuildTableCommandText(RespawnerOptions options)
    {
        var ignored = options.TablesToIgnore.Select(table => $"'{table.Name}'").ToList();
        var sql = new StringBuilder(
            "SELECT NULL, name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        if (ignored.Count > 0)
        {
            sql.Append(" AND name NOT IN (").Append(string.Join(", ", ignored)).Append(')');
        }

        return sql.ToString();
    }

    public string BuildTemporalTableCommandText(RespawnerOptions options) =>
        throw new NotSupportedException("SQLite has no temporal tables.");

    public string BuildRelationshipCommandText(RespawnerOptions options) =>
        """
        SELECT NULL, child.name, NULL, fk."table", child.name || '_fk_' || fk.id
        FROM sqlite_master AS child
        JOIN pragma_foreign_key_list(child.name) AS fk
        WHERE child.type = 'table' AND child.name NOT LIKE 'sqlite_%'
        """;

    public string BuildDeleteCommandText(GraphBuilder builder, RespawnerOptions options)
    {
        var sql = new StringBuilder();
        foreach (var table in builder.ToDelete)
        {
            sql.Append("DELETE FROM \"").Append(table.Name).Append("\";\n");
        }

        return sql.ToString();
    }

    public string BuildReseedSql(IEnumerable<Table> tablesToDelete) => string.Empty;

    public string BuildTurnOffSystemVersioningCommandText(IEnumerable<TemporalTable> tablesToTurnOffSystemVersioning) =>
        string.Empty;

    public string BuildTurnOnSystemVersioningCommandText(IEnumerable<TemporalTable> tablesToTurnOnSystemVersioning) =>
        string.Empty;

    public Task<bool> CheckSupportsTemporalTables(System.Data.Common.DbConnection connection) => Task.FromResult(false);

    public bool RequiresStatementsToBeExecutedIndividually() => false;
}
