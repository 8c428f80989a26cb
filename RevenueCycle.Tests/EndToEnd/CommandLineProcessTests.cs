using System.Diagnostics;

namespace RevenueCycle.Tests.EndToEnd;

/// <summary>The admin commands as an operator runs them: the built executable against a database file.</summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "revenuecycle-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineProcessTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task SeedDemo_OnAnEmptyDatabase_CreatesThePractice_AndRefusesASecondTime()
    {
        var first = await RunAsync("seed-demo", "--encounters", "60");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("Demo practice created", first.Output);
        Assert.Contains("60 encounters", first.Output);

        var second = await RunAsync("seed-demo");
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("already holds a practice", second.Output);
    }

    [Fact]
    public async Task UnknownCommand_ExitsNonZeroWithUsage()
    {
        var result = await RunAsync("export-everything");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var webOutput = Path.GetDirectoryName(typeof(RevenueCycle.Web.CommandLine).Assembly.Location)!;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(webOutput, "RevenueCycle.Web.dll"), .. args])
        {
            WorkingDirectory = webOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__RevenueCycle"] = $"Data Source={Path.Combine(_directory, "cli.db")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
