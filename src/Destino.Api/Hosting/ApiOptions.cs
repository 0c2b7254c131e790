namespace Destino.Api.Hosting;

/// <summary>Settings under <c>Api</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Largest request body accepted, in bytes; larger ones get 413 before any handler reads them.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
