namespace Destino.Application.Common.Exceptions;

/// <summary>
/// The thing a request names does not exist, or is archived and so hidden from customers.
/// </summary>
public sealed class NotFoundException(string resource, string key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;

    public string Key { get; } = key;
}
