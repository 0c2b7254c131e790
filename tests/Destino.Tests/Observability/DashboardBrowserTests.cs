using System.Diagnostics;
using System.Text.RegularExpressions;
using Destino.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Destino.Tests.Observability;

/// <summary>
/// Drives the dashboard in Debian's headless Chromium against the API on a real loopback port, checks that every
/// chart drew points from live data, and keeps a screenshot as a test artifact.
/// </summary>
[NonParallelizable]
internal sealed partial class DashboardBrowserTests
{
    [Test]
    public async Task The_dashboard_renders_charts_with_data_under_the_api_s_own_csp()
    {
        using var database = new TestDatabase();
        await using var api = new DestinoApiFactory(database.FilePath);
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var token = await api.AdminTokenAsync(client, "owner@example.com");
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/products", UriKind.Relative));
        }

        var page = $"{address}/admin/dashboard#token={Uri.EscapeDataString(token)}";
        var dom = await RunChromiumAsync("--dump-dom", page);
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "dashboard.png");
        await RunChromiumAsync($"--screenshot={screenshot}", page);
        TestContext.AddTestAttachment(screenshot, "The dashboard as Chromium drew it");

        var charts = ChartPoints().Matches(dom)
            .Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.That(charts, Has.Count.EqualTo(4), dom);
        Assert.That(charts, Is.All.GreaterThan(0), "every chart drew at least one point");
        Assert.That(dom, Does.Contain("Orders per hour").And.Contain("Payment success rate"));
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
    }

    private static async Task<string> RunChromiumAsync(string action, string url)
    {
        var profile = Directory.CreateTempSubdirectory("destino-chromium-");
        var startInfo = new ProcessStartInfo(FindChromium())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile.FullName}", "--window-size=1280,1100", "--virtual-time-budget=10000",
            action, url,
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var chromium = Process.Start(startInfo)!;
        var output = chromium.StandardOutput.ReadToEndAsync();
        var errors = chromium.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await chromium.WaitForExitAsync(timeout.Token);
        await errors;
        profile.Delete(recursive: true);

        return await output;
    }

    private static string FindChromium() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "Chromium is not installed; scripts/test.sh installs Debian's chromium.");

    [GeneratedRegex("data-points=\"(\\d+)\"")]
    private static partial Regex ChartPoints();
}
