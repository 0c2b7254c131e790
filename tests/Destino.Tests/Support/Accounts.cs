using System.Net.Http.Headers;
using System.Net.Http.Json;
using Destino.Application.Identity;
using Destino.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Destino.Tests.Support;

internal static class Accounts
{
    public const string Password = "empanadas-de-carne-2026";

    public static async Task<HttpResponseMessage> RegisterAsync(
        this HttpClient client, string email, string password = Password) =>
        await client.PostAsJsonAsync(new Uri("/api/auth/register", UriKind.Relative), new { email, password });

    public static async Task<HttpResponseMessage> LoginAsync(
        this HttpClient client, string email, string password = Password) =>
        await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password });

    public static async Task<string> CustomerTokenAsync(this HttpClient client, string email)
    {
        using var registered = await client.RegisterAsync(email);
        registered.EnsureSuccessStatusCode();
        return await client.TokenAsync(email);
    }

    public static async Task<string> AdminTokenAsync(this DestinoApiFactory api, HttpClient client, string email)
    {
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AdminBootstrapper>()
                .CreateOrPromoteAsync(email, Password, default);
        }

        return await client.TokenAsync(email);
    }

    public static HttpClient Authorized(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(this HttpClient client, string email)
    {
        using var login = await client.LoginAsync(email);
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<AccessToken>())!.Token;
    }
}
