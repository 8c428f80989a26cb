using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Identity;

namespace RevenueCycle.Core.Data;

/// <summary>Schema migration and demo seeding, shared by start-up and the command line.</summary>
public sealed class DatabaseMaintenance(
    IDbContextFactory<RevenueCycleDbContext> dbFactory,
    DemoPracticeGenerator generator,
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    TimeProvider time)
{
    /// <summary>Applies the migrations, creates the roles and, into a database without code sets, loads the starter sets.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default) => await MigrateAsync(loadStarterCodeSets: true, cancellationToken);

    /// <summary>As <see cref="MigrateAsync(CancellationToken)"/>; without the starter sets for an installation that loads only official files.</summary>
    public async Task MigrateAsync(bool loadStarterCodeSets, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (loadStarterCodeSets)
        {
            await StarterCodeSets.EnsureAsync(db, time.GetUtcNow().UtcDateTime, cancellationToken);
        }

        await DemoUsers.EnsureRolesAsync(roleManager);
    }

    /// <summary>Whether nobody could sign in yet: no user exists.</summary>
    public async Task<bool> HasNoUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return !await db.Users.AnyAsync(cancellationToken);
    }

    /// <summary>Creates the demo users and the demo practice in an empty database.</summary>
    public async Task<Result<DemoSummary>> SeedDemoAsync(DemoOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (await generator.HasDataAsync(cancellationToken))
        {
            return Result.Failure<DemoSummary>("The database already holds a practice; demo data is only added to an empty database.");
        }

        var users = await DemoUsers.EnsureAsync(userManager, roleManager);
        var staff = new DemoStaff([users["coder@demo.test"], users["coder2@demo.test"]], users["biller@demo.test"]);
        return await generator.GenerateAsync(options, staff, progress, cancellationToken);
    }

    /// <summary>Creates a user with roles (the first admin of a real installation is made this way).</summary>
    public async Task<Result> AddUserAsync(string email, string displayName, string password, IReadOnlyList<string> roles)
    {
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return Result.Failure($"Unknown role {string.Join(", ", unknown)}; roles are {string.Join(", ", Roles.All)}.");
        }

        await DemoUsers.EnsureRolesAsync(roleManager);
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Result.Failure(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var added = await userManager.AddToRolesAsync(user, roles);
        return added.Succeeded ? Result.Success() : Result.Failure(string.Join(" ", added.Errors.Select(e => e.Description)));
    }
}
