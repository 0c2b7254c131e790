using Destino.Api.Hosting;

var verb = args.FirstOrDefault(arg => !arg.StartsWith('-'));
var verbArguments = verb is null ? [] : args.SkipWhile(arg => arg != verb).Skip(1).ToArray();
var hostArgs = verb is null ? args : args.TakeWhile(arg => arg != verb).ToArray();

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
