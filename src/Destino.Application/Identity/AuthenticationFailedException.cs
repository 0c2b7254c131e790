namespace Destino.Application.Identity;

/// <summary>
/// A sign-in was refused. The message is the same for an unknown email, a wrong password and a locked account, so
/// the answer does not tell an attacker which accounts exist.
/// </summary>
public sealed class AuthenticationFailedException()
    : Exception("Email or password is incorrect, or the account is locked after repeated failures.");
