namespace Destino.Domain.Common;

/// <summary>
/// A business rule refused a change, such as a negative price or archiving a category that still sells products.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
