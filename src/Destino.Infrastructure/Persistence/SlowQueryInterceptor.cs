using System.Data.Common;
using Destino.Application.Common.Telemetry;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Destino.Infrastructure.Persistence;

/// <summary>
/// Records how long every database command took and warns about slow ones. Only the start of the SQL text is logged:
/// EF Core sends values as parameters, and parameter values are never logged.
/// </summary>
public sealed partial class SlowQueryInterceptor(
    DestinoMetrics metrics,
    IErrorReporter errorReporter,
    IOptions<DatabaseOptions> options,
    ILogger<SlowQueryInterceptor> logger) : DbCommandInterceptor
{
    private const int LoggedSqlLength = 100;

    public override DbDataReader ReaderExecuted(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Observe(command, eventData, "reader");
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Observe(command, eventData, "reader");
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Observe(command, eventData, "non-query");
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        Observe(command, eventData, "non-query");
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Observe(command, eventData, "scalar");
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        object? result,
        CancellationToken cancellationToken = default)
    {
        Observe(command, eventData, "scalar");
        return ValueTask.FromResult(result);
    }

    internal static string StartOfSql(string commandText) =>
        commandText.Length <= LoggedSqlLength ? commandText : commandText[..LoggedSqlLength];

    private void Observe(DbCommand command, CommandExecutedEventData eventData, string commandKind)
    {
        metrics.RecordQueryDuration(commandKind, eventData.Duration);

        var threshold = options.Value.SlowQueryThresholdMilliseconds;
        if (eventData.Duration.TotalMilliseconds > threshold)
        {
            var sql = StartOfSql(command.CommandText);
            LogSlowQuery((long)eventData.Duration.TotalMilliseconds, threshold, sql);
            errorReporter.AddBreadcrumb("db.slow_query", $"{(long)eventData.Duration.TotalMilliseconds} ms: {sql}");
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Database command took {ElapsedMilliseconds} ms, "
            + "over the {ThresholdMilliseconds} ms threshold: {Sql}")]
    private partial void LogSlowQuery(long elapsedMilliseconds, int thresholdMilliseconds, string sql);
}
