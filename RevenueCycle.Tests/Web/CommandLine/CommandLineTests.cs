using RevenueCycle.Web;

namespace RevenueCycle.Tests.Web.CommandLine;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "migrate" }, true)]
    [InlineData(new[] { "seed-demo", "--encounters", "10" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new string[0], false)]
    public void IsCommand_BareWordsAreCommandsAndOptionsStartTheApp(string[] args, bool expected) =>
        Assert.Equal(expected, RevenueCycle.Web.CommandLine.IsCommand(args));

    [Theory]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
    [InlineData(new[] { "seed-demo", "--encounters", "many" }, "--encounters must be a whole number from 1 to 1,000,000; got 'many'")]
    [InlineData(new[] { "seed-demo", "--encounters", "2000000" }, "--encounters must be a whole number")]
    [InlineData(new[] { "seed-demo", "--patients", "5" }, "seed-demo does not take --patients")]
    [InlineData(new[] { "seed-demo", "--encounters" }, "--encounters needs a value")]
    [InlineData(new[] { "add-user", "--email", "a@b.c" }, "add-user needs --password, --roles")]
    [InlineData(new[] { "migrate", "extra" }, "Unexpected argument 'extra'")]
    [InlineData(new[] { "audit" }, "audit takes one subcommand: verify")]
    [InlineData(new[] { "import", "icd10cm" }, "import needs a kind and a file")]
    [InlineData(new[] { "import", "snomed", "x.txt", "--effective", "2026-01-01" }, "Unknown code-set kind 'snomed'")]
    [InlineData(new[] { "submit", "--out", "x" }, "submit needs --ready and --out <folder>")]
    [InlineData(new[] { "export", "835", "--batch", "1", "--out", "x" }, "export takes 837 or cms1500")]
    [InlineData(new[] { "export", "837", "--batch", "one", "--out", "x" }, "export needs --batch N")]
    [InlineData(new[] { "import", "999" }, "import 999|277ca needs at least one file")]
    [InlineData(new[] { "import", "277ca", "/no/such/file.277" }, "No file at '/no/such/file.277'")]
    [InlineData(new[] { "build-claims", "--all", "yes" }, "build-claims does not take --all")]
    public async Task RunAsync_BadInput_PrintsTheProblemAndUsageAndFails(string[] args, string message)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await RevenueCycle.Web.CommandLine.RunAsync(args, output, error);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error.ToString());
        Assert.Contains("Usage: RevenueCycle.Web <command>", error.ToString());
    }

    [Fact]
    public async Task RunAsync_Help_PrintsUsage()
    {
        var output = new StringWriter();

        var exitCode = await RevenueCycle.Web.CommandLine.RunAsync(["help"], output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Contains("seed-demo [--encounters N]", output.ToString());
    }
}
