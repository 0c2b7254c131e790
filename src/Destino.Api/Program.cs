using Destino.Api.Hosting;

var verb = args.FirstOrDefault(arg => !arg.StartsWith('-'));
var hostArgs = verb is null ? args : args.Where(arg => arg != verb).ToArray();

var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddDestinoApi();

var app = builder.Build();

if (verb == DatabaseStartup.MigrateVerb)
{
    await app.MigrateAndSeedAsync();
    return 0;
}

if (verb is not null)
{
    await Console.Error.WriteLineAsync($"Unknown command '{verb}'. Known commands: {DatabaseStartup.MigrateVerb}.");
    return 2;
}

app.UseDestinoApi();
await app.PrepareDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
