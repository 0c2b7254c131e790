namespace Destino.Application.Common.Exceptions;

/// <summary>
/// The request is well formed but clashes with what is stored, such as a slug another product already uses.
/// </summary>
public sealed class ConflictException(string message, Exception? innerException = null)
    : Exception(message, innerException);
