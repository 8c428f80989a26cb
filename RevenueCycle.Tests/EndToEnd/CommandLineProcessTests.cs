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

    [Fact]
    public async Task ClaimCommands_BuildSubmitExportAndImportAcknowledgements()
    {
        Assert.Equal(0, (await RunAsync("seed-demo", "--encounters", "300")).ExitCode);

        var built = await RunAsync("build-claims");
        Assert.True(built.ExitCode == 0, built.Output);
        Assert.Matches(@"\d+ claims built from coded charts", built.Output);

        var outFolder = Path.Combine(_directory, "out");
        var submitted = await RunAsync("submit", "--ready", "--out", outFolder);
        Assert.True(submitted.ExitCode == 0, submitted.Output);
        var x12 = Assert.Single(Directory.GetFiles(outFolder, "837p-*.x12"));
        var parsed = RevenueCycle.Core.Claims.X12.Claim837Reader.Read(await File.ReadAllTextAsync(x12));
        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Contains($"{parsed.Value!.Claims.Count:N0} claims", submitted.Output);
        Assert.Matches(@"Scrubbed \d+ claims; \d+ held for fixes", submitted.Output);

        var icn = parsed.Value.Envelope.InterchangeControlNumber;
        var exported = Path.Combine(_directory, "again.x12");
        var export = await RunAsync("export", "837", "--batch", icn.ToString(), "--out", exported);
        Assert.True(export.ExitCode == 0, export.Output);
        Assert.Equal(await File.ReadAllBytesAsync(x12), await File.ReadAllBytesAsync(exported));

        var accepted = parsed.Value.Claims[0].PatientControlNumber;
        var ack = Path.Combine(_directory, "ack.277");
        await File.WriteAllTextAsync(ack, string.Join("~\n",
            "ISA*00*          *00*          *ZZ*RCCLEARHOUSE   *ZZ*RCPRACTICE     *261120*1200*^*00501*000000901*0*T*:",
            "GS*HN*RCCLEARHOUSE*RCPRACTICE*20261120*1200*901*X*005010X214",
            "ST*277*0001*005010X214", "BHT*0085*08*ACK901*20261120*1200*TH",
            "HL*1**20*1", "NM1*PR*2*CLEARINGHOUSE*****46*RCCLEARHOUSE", "TRN*1*ACK901", "DTP*050*D8*20261120", "DTP*009*D8*20261120",
            "HL*2*1*21*1", "NM1*41*2*RIVERSIDE*****46*RCPRACTICE", "TRN*2*BATCH1", "STC*A1:19:PR*20261120*WQ*100",
            "HL*3*2*19*1", "NM1*85*2*RIVERSIDE*****XX*1234567893",
            "HL*4*3*PT", "NM1*QC*1*DOE*JANE****MI*M1", $"TRN*2*{accepted}", "STC*A1:20*20261120*WQ*100", "DTP*472*RD8*20261101-20261101",
            "SE*19*0001", "GE*1*901", "IEA*1*000000901") + "~\n");
        var imported = await RunAsync("import", "277ca", ack);
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.Contains("1 accepted, 0 rejected, 0 not matched", imported.Output);
        var again = await RunAsync("import", "277ca", ack);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already imported", again.Output);

        // The payer of the first claim pays its claims in this file: 80 % paid, the rest contractual.
        var payer = parsed.Value.Claims[0].Payer;
        var paid = parsed.Value.Claims.Where(c => c.Payer.PayerId == payer.PayerId).Select(c => new RevenueCycle.Core.Remittance.X12.Era835Claim(
            0, c.PatientControlNumber, "1", c.TotalCharge, c.Lines.Sum(l => Math.Round(l.Charge * 0.8m, 2)), 0m, "12", "P" + c.PatientControlNumber, "11", "1", [], [], [], [], [],
            c.Lines.Select(l => new RevenueCycle.Core.Remittance.X12.Era835ServiceLine(0, new("HC", l.ProcedureCode, l.Modifiers), l.Charge, Math.Round(l.Charge * 0.8m, 2), l.Units, null,
                [new("472", l.ServiceDate)], [new("CO", "45", l.Charge - Math.Round(l.Charge * 0.8m, 2), null)], l.LineControlNumber is null ? [] : [new("6R", l.LineControlNumber)], [], [])).ToList())).ToList();
        var era = Path.Combine(_directory, "remit.835");
        await File.WriteAllTextAsync(era, RevenueCycle.Core.Remittance.X12.Era835Writer.Write(
            [new(payer.Name, payer.PayerId, "RIVERSIDE", "1234567893", "EFT000777", new DateOnly(2026, 11, 20), paid)], "PAYER", "RCPRACTICE", 77, new DateTime(2026, 11, 20)));
        var posted = await RunAsync("import", "835", era);
        Assert.True(posted.ExitCode == 0, posted.Output);
        Assert.Contains($"1 posted", posted.Output);
        Assert.Contains($"{paid.Count:N0} claims posted, 0 in suspense", posted.Output);
        var repeat = await RunAsync("import", "835", era);
        Assert.Contains("0 posted", repeat.Output);
        Assert.Contains("already imported", repeat.Output);
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
