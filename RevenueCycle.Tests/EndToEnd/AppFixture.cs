using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Tests.EndToEnd;

/// <summary>
/// The real app, built by the solution, started as its own process on 127.0.0.1 and a free port
/// with a fresh SQLite file (migrated and seeded with the demo practice on first start), and the
/// Debian Chromium driven by Playwright.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "revenuecycle-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_dataDirectory, "e2e.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var webOutput = WebOutputDirectory();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(webOutput, "RevenueCycle.Web.dll"), "--urls", BaseUrl])
        {
            WorkingDirectory = webOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__RevenueCycle"] = $"Data Source={DatabasePath}";
        start.Environment["Demo__SeedWhenEmpty"] = "true";
        _app = new Process { StartInfo = start, EnableRaisingEvents = true };
        _app.Exited += (_, _) => _exited.TrySetResult();
        if (!_app.Start())
        {
            throw new InvalidOperationException("Could not start the web app.");
        }

        _app.OutputDataReceived += (_, e) => Record(e.Data);
        _app.ErrorDataReceived += (_, e) => Record(e.Data);
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        await WaitUntilHealthyAsync();

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        // Generous: the CI machine has two cores shared with the other test classes.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form and waits for the home page.</summary>
    public async Task<IPage> SignInAsync(string email, string password = RevenueCycle.Core.Identity.DemoUsers.Password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Waits until the page's Blazor circuit is connected, so clicks reach event handlers.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=circuit][data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Screenshots for a person to look at, when REVENUECYCLE_SCREENSHOTS names a folder.</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("REVENUECYCLE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>A context on the app's database, to compare what the screen shows with the data.</summary>
    public RevenueCycleDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<RevenueCycleDbContext>().UseSqlite($"Data Source={DatabasePath};Mode=ReadOnly").Options);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }

        _app?.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    /// <summary>
    /// Waits for the host's own "Application started" line (the first start migrates and seeds
    /// before it listens), then checks that /healthz answers Healthy.
    /// </summary>
    private async Task WaitUntilHealthyAsync()
    {
        var outcome = await Task.WhenAny(_started.Task, _exited.Task, Task.Delay(TimeSpan.FromSeconds(120)));
        if (outcome != _started.Task)
        {
            var reason = outcome == _exited.Task ? $"exited with code {_app!.ExitCode}" : "did not start within 120 s";
            throw new InvalidOperationException($"The web app {reason}:\n{Output()}");
        }

        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var health = await client.GetStringAsync("/healthz");
        if (health != "Healthy")
        {
            throw new InvalidOperationException($"The web app reports '{health}' on /healthz:\n{Output()}");
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web project's build output for the same configuration as this test assembly.</summary>
    private static string WebOutputDirectory()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "RevenueCycle.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Could not find RevenueCycle.sln above the test output.");
        }

        var output = Path.Combine(root.FullName, "RevenueCycle.Web", "bin", configuration, framework);
        return File.Exists(Path.Combine(output, "RevenueCycle.Web.dll"))
            ? output
            : throw new InvalidOperationException($"The web app is not built at {output}; build the solution first.");
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "Running app";
}
