using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Identity;
using RevenueCycle.Web.Components;
using RevenueCycle.Web.Components.Account;
using RevenueCycle.Web.Endpoints;

namespace RevenueCycle.Web;

/// <summary>Builds the web host: Blazor Server with MudBlazor, Identity cookies, the database and health checks.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = DefaultContentRoot(args) });

        // Money, dates and numbers are shown the way a US billing office reads them, whatever the
        // server's locale (a container often has none): setting App:Culture changes it.
        var culture = CultureInfo.GetCultureInfo(builder.Configuration["App:Culture"] ?? "en-US");
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        var connectionString = DatabaseSettings.ResolveSqlite(
            builder.Configuration.GetConnectionString(DatabaseSettings.ConnectionStringName) ?? DatabaseSettings.DefaultConnectionString,
            builder.Environment.ContentRootPath);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddRevenueCycleCore(connectionString);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentActor, CircuitActor>();

        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<IdentityRedirectManager>();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "RevenueCycle.Auth";
        });
        builder.Services.AddAuthorization();
        builder.Services.AddRevenueCycleIdentity().AddSignInManager().AddDefaultTokenProviders();

        builder.Services.AddHealthChecks().AddDbContextCheck<RevenueCycleDbContext>("database");

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use(async (context, next) =>
        {
            // Security headers on every response. Blazor Server and MudBlazor run with scripts from
            // this origin only; MudBlazor sets inline styles, so styles allow 'unsafe-inline'.
            var headers = context.Response.Headers;
            headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["X-Frame-Options"] = "DENY";
            await next();
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapClaimFiles();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        return app;
    }

    /// <summary>
    /// Where appsettings.json and App_Data are: the working folder when it holds the app's settings
    /// (dotnet run), else the folder of the executable (a published app started from anywhere).
    /// An explicit --contentRoot or ASPNETCORE_CONTENTROOT still wins.
    /// </summary>
    public static string? DefaultContentRoot(string[] args)
    {
        var explicitRoot = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;
        if (explicitRoot || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")))
        {
            return null;
        }

        return AppContext.BaseDirectory;
    }

    /// <summary>
    /// Applies migrations and, on a database nobody can sign in to yet, seeds the demo practice
    /// (setting <c>Demo:SeedWhenEmpty</c>; turn it off for a real installation).
    /// </summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = AuditActor.System;
        var maintenance = scope.ServiceProvider.GetRequiredService<DatabaseMaintenance>();
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await maintenance.MigrateAsync();
        }

        if (app.Configuration.GetValue("Demo:SeedWhenEmpty", false) && await maintenance.HasNoUsersAsync())
        {
            var encounters = app.Configuration.GetValue("Demo:Encounters", 2_000);
            logger.LogInformation("Empty database: seeding the demo practice with {Encounters} encounters.", encounters);
            var result = await maintenance.SeedDemoAsync(new DemoOptions(encounters), new Progress<string>(message => logger.LogInformation("{Progress}", message)));
            if (result.Succeeded)
            {
                logger.LogInformation("Demo practice ready in {Seconds:F1} s: {Summary}", result.Value!.Elapsed.TotalSeconds, result.Value);
            }
            else
            {
                logger.LogWarning("Demo data not seeded: {Error}", result.Error);
            }
        }
    }
}
