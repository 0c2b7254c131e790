using Destino.Infrastructure.Identity;

namespace Destino.Api.Hosting;

/// <summary>
/// <c>create-admin EMAIL</c>: reads the password from the first line of standard input (so it never sits in shell
/// history or the process list), creates the administrator or promotes the existing account, and exits.
/// </summary>
internal static class CreateAdminVerb
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments)
    {
        if (arguments.Count != 1 || string.IsNullOrWhiteSpace(arguments[0]))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin EMAIL   (password on standard input)");
            return 2;
        }

        var password = await Console.In.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password on standard input; nothing was created.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminBootstrapper>()
            .CreateOrPromoteAsync(arguments[0].Trim(), password, app.Lifetime.ApplicationStopping);

        return 0;
    }
}
