using System.Globalization;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Web;

/// <summary>The claims commands of <see cref="CommandLine"/>: build, submit, export and acknowledgement import.</summary>
internal static class ClaimCommands
{
    public static async Task<int> BuildClaimsAsync(Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (options.Keys.FirstOrDefault() is { } unknown)
        {
            return CommandLine.FailWithUsage(error, $"build-claims does not take --{unknown}.");
        }

        return await CommandLine.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<DatabaseMaintenance>().MigrateAsync();
            var result = await services.GetRequiredService<ClaimBuildingService>().BuildAsync();
            if (!result.Succeeded)
            {
                await error.WriteLineAsync($"error: {result.Error}");
                return 1;
            }

            await output.WriteLineAsync($"{result.Value!.ClaimIds.Count:N0} claims built from coded charts.");
            foreach (var skipped in result.Value.Skipped)
            {
                await output.WriteLineAsync($"skipped: {skipped}");
            }

            return 0;
        });
    }

    public static async Task<int> SubmitAsync(Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (!options.ContainsKey("ready") || !options.TryGetValue("out", out var folder))
        {
            return CommandLine.FailWithUsage(error, "submit needs --ready and --out <folder>.");
        }

        if (options.Keys.Except(["ready", "out"]).FirstOrDefault() is { } unknown)
        {
            return CommandLine.FailWithUsage(error, $"submit does not take --{unknown}.");
        }

        return await CommandLine.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<DatabaseMaintenance>().MigrateAsync();
            var submission = services.GetRequiredService<ClaimSubmissionService>();
            var result = await submission.SubmitAsync();
            if (!result.Succeeded)
            {
                await error.WriteLineAsync($"error: {result.Error}");
                return 1;
            }

            var s = result.Value!;
            Directory.CreateDirectory(folder);
            foreach (var batch in s.Batches)
            {
                var file = await submission.GetFileAsync(batch.BatchId);
                var path = Path.Combine(folder, file.Value!.FileName);
                await File.WriteAllBytesAsync(path, file.Value.Content);
                await output.WriteLineAsync($"{path}: {batch.ClaimCount:N0} claims, {batch.TotalCharge.ToString("C2", CultureInfo.GetCultureInfo("en-US"))}, control number {batch.InterchangeControlNumber:D9}");
            }

            await output.WriteLineAsync($"Scrubbed {s.Scrubbed:N0} claims; {s.HeldByScrubber:N0} held for fixes; {s.Batches.Sum(b => b.ClaimCount):N0} submitted in {s.Batches.Count} file(s).");
            foreach (var problem in s.Problems)
            {
                await output.WriteLineAsync($"note: {problem}");
            }

            return 0;
        });
    }

    public static async Task<int> ExportAsync(string[] positional, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (positional is not (["837"] or ["cms1500"]))
        {
            return CommandLine.FailWithUsage(error, "export takes 837 or cms1500, e.g. export 837 --batch 12 --out batch.x12.");
        }

        if (!options.TryGetValue("batch", out var batchText) || !int.TryParse(batchText, NumberStyles.None, CultureInfo.InvariantCulture, out var controlNumber) || !options.TryGetValue("out", out var path))
        {
            return CommandLine.FailWithUsage(error, "export needs --batch N (the batch's interchange control number) and --out <file>.");
        }

        if (options.Keys.Except(["batch", "out"]).FirstOrDefault() is { } unknown)
        {
            return CommandLine.FailWithUsage(error, $"export does not take --{unknown}.");
        }

        return await CommandLine.WithServicesAsync(async services =>
        {
            var submission = services.GetRequiredService<ClaimSubmissionService>();
            if (await submission.FindBatchAsync(controlNumber) is not { } batchId)
            {
                await error.WriteLineAsync($"error: there is no batch with control number {controlNumber}.");
                return 1;
            }

            var file = await submission.GetFileAsync(batchId);
            if (!file.Succeeded)
            {
                await error.WriteLineAsync($"error: {file.Error}");
                return 1;
            }

            var wanted = positional[0] == "837" ? ClaimSubmissionService.X12ContentType : ClaimSubmissionService.PdfContentType;
            if (file.Value!.ContentType != wanted)
            {
                await error.WriteLineAsync($"error: batch {controlNumber} is {(file.Value.ContentType == ClaimSubmissionService.PdfContentType ? "a CMS-1500 batch; use export cms1500" : "an 837P batch; use export 837")}.");
                return 1;
            }

            await File.WriteAllBytesAsync(path, file.Value.Content);
            await output.WriteLineAsync($"Batch {controlNumber:D9} written to {path} ({file.Value.Content.Length:N0} bytes).");
            return 0;
        });
    }

    public static async Task<int> ImportRemittancesAsync(string[] files, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (files.Length == 0)
        {
            return CommandLine.FailWithUsage(error, "import 835 needs at least one file.");
        }

        if (options.Keys.FirstOrDefault() is { } unknown)
        {
            return CommandLine.FailWithUsage(error, $"import 835 does not take --{unknown}.");
        }

        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            return CommandLine.FailWithUsage(error, $"No file at '{missing}'.");
        }

        return await CommandLine.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<DatabaseMaintenance>().MigrateAsync();
            var remits = services.GetRequiredService<Core.Remittance.RemittanceService>();
            var failed = 0;
            foreach (var path in files)
            {
                var result = await remits.ImportAsync(Path.GetFileName(path), await File.ReadAllTextAsync(path));
                if (!result.Succeeded)
                {
                    failed++;
                    await error.WriteLineAsync($"error: {result.Error}");
                    continue;
                }

                var r = result.Value!;
                await output.WriteLineAsync($"{path}: {r.Transactions} check(s): {r.Posted} posted ({r.Paid.ToString("C2", CultureInfo.GetCultureInfo("en-US"))}), {r.Skipped} skipped, {r.Unbalanced} not balanced; {r.ClaimsPosted:N0} claims posted, {r.ClaimsInSuspense:N0} in suspense, {r.Denials:N0} denial(s).");
                foreach (var message in r.Messages)
                {
                    await output.WriteLineAsync($"  {message}");
                }
            }

            return failed == 0 ? 0 : 1;
        });
    }

    public static async Task<int> ImportAcknowledgementsAsync(AcknowledgementKind kind, string[] files, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (files.Length == 0)
        {
            return CommandLine.FailWithUsage(error, "import 999|277ca needs at least one file.");
        }

        if (options.Keys.FirstOrDefault() is { } unknown)
        {
            return CommandLine.FailWithUsage(error, $"import {(kind == AcknowledgementKind.Ack999 ? "999" : "277ca")} does not take --{unknown}.");
        }

        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            return CommandLine.FailWithUsage(error, $"No file at '{missing}'.");
        }

        return await CommandLine.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<DatabaseMaintenance>().MigrateAsync();
            var importer = services.GetRequiredService<AcknowledgementImportService>();
            var failed = 0;
            foreach (var path in files)
            {
                var result = await importer.ImportAsync(kind, Path.GetFileName(path), await File.ReadAllTextAsync(path));
                if (!result.Succeeded)
                {
                    failed++;
                    await error.WriteLineAsync($"error: {result.Error}");
                    continue;
                }

                var r = result.Value!;
                await output.WriteLineAsync($"{path}: {r.Accepted:N0} accepted, {r.Rejected:N0} rejected, {r.Unmatched:N0} not matched.");
                foreach (var message in r.Messages)
                {
                    await output.WriteLineAsync($"  {message}");
                }
            }

            return failed == 0 ? 0 : 1;
        });
    }
}
