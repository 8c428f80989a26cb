using Microsoft.Extensions.Configuration;
using RevenueCycle.Core;
using System.Globalization;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.CodeSets.Import;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Identity;

namespace RevenueCycle.Web;

/// <summary>
/// Admin commands on the web executable, sharing Core services and configuration with the app:
/// <c>RevenueCycle.Web migrate</c>, <c>seed-demo [--encounters N]</c>, <c>add-user ...</c>.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: RevenueCycle.Web <command> [options]

        Without a command the web app starts.

        Commands:
          migrate                          Create or upgrade the database schema.
          seed-demo [--encounters N]       Migrate, then fill an empty database with the demo practice
                                           (N encounters over the last 120 days, 1 to 1,000,000; default 2,000).
          add-user --email E --password P --roles R1,R2 [--name "Display Name"]
                                           Create a user (roles: Coder, Biller, Manager, Admin).
          import <kind> <file> --effective YYYY-MM-DD [--preview]
                                           Load an official code-set file unchanged, in one transaction
                                           (kind: icd10cm, icd10cm-tabular, hcpcs, cpt, ncci, mue).
                                           --preview prints what would be added, changed and terminated.
          import 999|277ca <file>...       Import clearinghouse acknowledgements: accepted claims move to Accepted,
                                           rejected claims back to the worklist with the reason.
          import 835 <file>...             Post 835 remittances: prints what was posted, skipped (already posted,
                                           unknown payer), left unbalanced for a manager, and left in suspense.
          build-claims                     Build claims from every coded chart.
          submit --ready --out <folder>    Scrub every ready claim and write one file per receiver (837P for the
                                           clearinghouse, CMS-1500 PDF per paper payer); their claims move to Submitted.
          export 837|cms1500 --batch N --out <file>
                                           Write a submitted batch again (N is its interchange control number).
          audit verify                     Check the audit trail's hash chain; exits 1 at the first entry
                                           that was changed, deleted or inserted after it was written.
          help                             Show this text.

        The database is the connection string 'RevenueCycle' (appsettings.json, or the
        environment variable ConnectionStrings__RevenueCycle).
        """;

    private static readonly string[] Commands = ["migrate", "seed-demo", "add-user", "import", "audit", "build-claims", "submit", "export", "help", "--help", "-h"];

    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.OrdinalIgnoreCase) { "preview", "ready" };

    /// <summary>The import kinds as an operator types them.</summary>
    public static readonly IReadOnlyDictionary<string, CodeSetImportKind> ImportKinds = new Dictionary<string, CodeSetImportKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["icd10cm"] = CodeSetImportKind.Icd10CmOrder,
        ["icd10cm-tabular"] = CodeSetImportKind.Icd10CmTabular,
        ["hcpcs"] = CodeSetImportKind.Hcpcs,
        ["cpt"] = CodeSetImportKind.Cpt,
        ["ncci"] = CodeSetImportKind.NcciPtp,
        ["mue"] = CodeSetImportKind.Mue,
    };

    public static readonly IReadOnlyDictionary<string, Core.Claims.AcknowledgementKind> AcknowledgementKinds = new Dictionary<string, Core.Claims.AcknowledgementKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["999"] = Core.Claims.AcknowledgementKind.Ack999,
        ["277ca"] = Core.Claims.AcknowledgementKind.Ack277CA,
    };

    /// <summary>A first argument that is not an option (ASP.NET options start with --) is a command.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || Commands.Contains(args[0]));

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var command = args[0];

        // import takes two positional arguments (kind and file) before its options.
        // import takes a kind and files; audit and export take a subcommand.
        var positional = command switch
        {
            "import" => args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray(),
            "audit" or "export" => args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Take(1).ToArray(),
            _ => [],
        };
        var options = ParseOptions(args.Skip(1 + positional.Length).ToArray(), out var parseError);
        if (parseError is not null)
        {
            return Fail(error, parseError);
        }

        switch (command)
        {
            case "help" or "--help" or "-h":
                await output.WriteLineAsync(Usage);
                return 0;
            case "migrate":
                return await WithServicesAsync(async services =>
                {
                    await services.GetRequiredService<DatabaseMaintenance>().MigrateAsync();
                    await output.WriteLineAsync("Database is up to date.");
                    return 0;
                });
            case "seed-demo":
                var encounters = 2_000;
                if (options.TryGetValue("encounters", out var count) && (!int.TryParse(count, out encounters) || encounters is < 1 or > DemoOptions.MaxEncounters))
                {
                    return Fail(error, $"--encounters must be a whole number from 1 to {DemoOptions.MaxEncounters:N0}; got '{count}'.");
                }

                if (options.Keys.Except(["encounters"]).FirstOrDefault() is { } unknownOption)
                {
                    return Fail(error, $"seed-demo does not take --{unknownOption}.");
                }

                return await WithServicesAsync(async services =>
                {
                    var maintenance = services.GetRequiredService<DatabaseMaintenance>();
                    await maintenance.MigrateAsync();
                    var result = await maintenance.SeedDemoAsync(new DemoOptions(encounters), new Progress<string>(message => output.WriteLine(message)));
                    if (!result.Succeeded)
                    {
                        return Fail(error, result.Error!);
                    }

                    var summary = result.Value!;
                    await output.WriteLineAsync($"Demo practice created in {summary.Elapsed.TotalSeconds:F1} s: {summary.Patients:N0} patients, {summary.Encounters:N0} encounters, {summary.Claims:N0} claims, {summary.Remittances:N0} remittances, {summary.Denials:N0} denials.");
                    return 0;
                });
            case "add-user":
                var missing = new[] { "email", "password", "roles" }.Where(o => !options.ContainsKey(o)).ToList();
                if (missing.Count > 0)
                {
                    return Fail(error, $"add-user needs --{string.Join(", --", missing)}.");
                }

                return await WithServicesAsync(async services =>
                {
                    var maintenance = services.GetRequiredService<DatabaseMaintenance>();
                    await maintenance.MigrateAsync();
                    var roles = options["roles"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var result = await maintenance.AddUserAsync(options["email"], options.GetValueOrDefault("name") ?? options["email"], options["password"], roles);
                    if (!result.Succeeded)
                    {
                        return Fail(error, result.Error!);
                    }

                    await output.WriteLineAsync($"User {options["email"]} created with roles {string.Join(", ", roles)}.");
                    return 0;
                });
            case "import" when positional is ["835", ..]:
                return await ClaimCommands.ImportRemittancesAsync(positional[1..], options, output, error);
            case "import" when positional.Length > 0 && AcknowledgementKinds.ContainsKey(positional[0]):
                return await ClaimCommands.ImportAcknowledgementsAsync(AcknowledgementKinds[positional[0]], positional[1..], options, output, error);
            case "import":
                return await ImportAsync(positional, options, output, error);
            case "build-claims":
                return await ClaimCommands.BuildClaimsAsync(options, output, error);
            case "submit":
                return await ClaimCommands.SubmitAsync(options, output, error);
            case "export":
                return await ClaimCommands.ExportAsync(positional, options, output, error);
            case "audit" when positional is ["verify"]:
                return await WithServicesAsync(async services =>
                {
                    var verification = await services.GetRequiredService<AuditVerifier>().VerifyAsync();
                    if (verification.IsIntact)
                    {
                        await output.WriteLineAsync($"Audit trail intact: {verification.EntriesChecked:N0} entries checked.");
                        return 0;
                    }

                    await error.WriteLineAsync($"Audit trail BROKEN at entry {verification.FirstBrokenEntryId}: {verification.Problem}. {verification.EntriesChecked:N0} entries before it are intact.");
                    return 1;
                });
            case "audit":
                return Fail(error, "audit takes one subcommand: verify.");
            default:
                return Fail(error, $"Unknown command '{command}'.");
        }

        static int Fail(TextWriter writer, string message) => FailWithUsage(writer, message);
    }

    internal static int FailWithUsage(TextWriter writer, string message)
    {
        writer.WriteLine($"error: {message}");
        writer.WriteLine();
        writer.WriteLine(Usage);
        return 2;
    }

    private static async Task<int> ImportAsync(string[] positional, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (positional.Length != 2)
        {
            return FailWithUsage(error, "import needs a kind and a file, e.g. import icd10cm icd10cm_order_2026.txt --effective 2025-10-01.");
        }

        if (!ImportKinds.TryGetValue(positional[0], out var kind))
        {
            return FailWithUsage(error, $"Unknown code-set kind '{positional[0]}'; use one of {string.Join(", ", ImportKinds.Keys)}.");
        }

        if (!options.TryGetValue("effective", out var effectiveText) || !DateOnly.TryParseExact(effectiveText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
        {
            return FailWithUsage(error, "import needs --effective YYYY-MM-DD, the first date of service the release applies to.");
        }

        var preview = options.TryGetValue("preview", out var previewText) && previewText.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (options.Keys.Except(["effective", "preview"]).FirstOrDefault() is { } unknownOption)
        {
            return FailWithUsage(error, $"import does not take --{unknownOption}.");
        }

        var path = positional[1];
        if (!File.Exists(path))
        {
            return FailWithUsage(error, $"No file at '{path}'.");
        }

        return await WithServicesAsync(async services =>
        {
            await services.GetRequiredService<DatabaseMaintenance>().MigrateAsync();
            var importer = services.GetRequiredService<CodeSetImportService>();
            await using var stream = File.OpenRead(path);
            var progress = new Progress<ImportProgress>(p =>
            {
                if (p.RowsRead % 20_000 == 0)
                {
                    output.WriteLine(p.Percent is { } percent ? $"{p.RowsRead:N0} rows read ({percent}%)" : $"{p.RowsRead:N0} rows read");
                }
            });
            var result = preview
                ? await importer.PreviewAsync(kind, stream, effective, progress)
                : await importer.ApplyAsync(kind, stream, effective, Path.GetFileName(path), progress);
            if (!result.Succeeded)
            {
                await error.WriteLineAsync($"error: {result.Error} Nothing was applied.");
                return 1;
            }

            var s = result.Value!;
            var verb = preview ? "Preview (nothing applied)" : s.ChangesNothing ? "Nothing to change (already loaded)" : "Imported";
            await output.WriteLineAsync($"{verb}: {s.RowsRead:N0} rows read, {s.Added:N0} added, {s.Changed:N0} changed, {s.Terminated:N0} terminated, {s.Unchanged:N0} unchanged, {s.Skipped:N0} skipped, in {s.Elapsed.TotalSeconds:F1} s.");
            return 0;
        });
    }

    internal static Dictionary<string, string> ParseOptions(string[] args, out string? error)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
            {
                error = $"Unexpected argument '{args[i]}'.";
                return options;
            }

            if (Flags.Contains(args[i][2..]))
            {
                options[args[i][2..]] = "true";
                continue;
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"{args[i]} needs a value.";
                return options;
            }

            options[args[i][2..]] = args[++i];
        }

        return options;
    }

    internal static async Task<int> WithServicesAsync(Func<IServiceProvider, Task<int>> action)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = WebApp.DefaultContentRoot([]) });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var connectionString = DatabaseSettings.ResolveSqlite(
            builder.Configuration.GetConnectionString(DatabaseSettings.ConnectionStringName) ?? DatabaseSettings.DefaultConnectionString,
            builder.Environment.ContentRootPath);
        builder.Services.AddRevenueCycleCore(connectionString);
        builder.Services.AddSingleton<ICurrentActor, SystemActor>();
        builder.Services.AddRevenueCycleIdentity();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
