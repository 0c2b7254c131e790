using Destino.Api.Hosting;

// A command verb, when given, comes first: `migrate`, or `create-admin EMAIL`. Switches such as --urls follow.
var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
var verbArguments = verb is null ? [] : args.Skip(1).TakeWhile(arg => !arg.StartsWith('-')).ToArray();
var hostArgs = verb is null ? args : args.Skip(1 + verbArguments.Length).ToArray();

var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddDestinoApi();

var app = builder.Build();

switch (verb)
{
    case null:
        // Check every setting before anything reads one, so a bad start names all of them at once.
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        app.UseDestinoApi();
        await app.PrepareDatabaseAsync();
        await app.RunAsync();
        return 0;

    case DatabaseStartup.MigrateVerb:
        await app.MigrateAndSeedAsync();
        return 0;

    case CreateAdminVerb.Name:
        return await CreateAdminVerb.RunAsync(app, verbArguments);

    default:
        await Console.Error.WriteLineAsync(
            $"Unknown command '{verb}'. Known commands: {DatabaseStartup.MigrateVerb}, {CreateAdminVerb.Name}.");
        return 2;
}

/// <summary>Entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
