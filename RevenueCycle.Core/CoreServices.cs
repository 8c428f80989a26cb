using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Reporting;

namespace RevenueCycle.Core;

public static class CoreServices
{
    /// <summary>
    /// Registers the database and the Core services, shared by the web app and the command line.
    /// The context factory is scoped so each context sees the scope's acting user for the audit trail.
    /// </summary>
    public static IServiceCollection AddRevenueCycleCore(this IServiceCollection services, string sqliteConnectionString)
    {
        services.AddDbContextFactory<RevenueCycleDbContext>(
            options => options.UseSqlite(sqliteConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(RevenueCycleDbContext).Assembly.FullName)),
            ServiceLifetime.Scoped);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DemoPracticeGenerator>();
        services.AddScoped<HomeFiguresService>();
        services.AddScoped<DatabaseMaintenance>();
        services.AddScoped<Audit.ActorScope>();
        services.AddScoped<Audit.AuditVerifier>();
        services.AddScoped<Coding.CodingQueueService>();
        services.AddScoped<Coding.CodingWorkbenchService>();
        services.AddSingleton<Coding.CodingReferenceCache>();
        services.AddScoped<Claims.ClaimWorklistService>();
        services.AddScoped<Claims.ClaimBuildingService>();
        services.AddScoped<Claims.ClaimService>();
        services.AddScoped<Claims.ClaimScrubService>();
        services.AddScoped<Claims.PayerRuleService>();
        services.AddScoped<Claims.ClaimSubmissionService>();
        services.AddScoped<Claims.AcknowledgementImportService>();
        services.AddOptions<Claims.ClaimSubmissionOptions>().BindConfiguration(Claims.ClaimSubmissionOptions.Section);
        services.AddScoped<Payers.PayerDirectory>();
        services.AddScoped<Remittance.RemittanceService>();
        services.AddScoped<Denials.DenialService>();
        services.AddScoped<Statements.PatientAccountService>();
        services.AddOptions<Statements.StatementOptions>().BindConfiguration(Statements.StatementOptions.Section);
        services.AddOptions<Denials.DenialOptions>().BindConfiguration(Denials.DenialOptions.Section);
        services.AddScoped<Identity.UserAdminService>();
        services.AddScoped<CodeSets.CodeSetImportService>();
        services.AddSingleton<CodeSets.Search.EncoderSearchService>();
        return services;
    }
}
