using Microsoft.AspNetCore.Identity;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Identity;

/// <summary>
/// The demo practice's staff: one user per role, a second coder (so productivity compares two
/// people) and one user with every role. Created with the demo data, listed on the Development
/// login page.
/// </summary>
public static class DemoUsers
{
    /// <summary>Meets the password policy (12 characters or more, mixed classes).</summary>
    public const string Password = "Demo!Pass2026";

    public static readonly IReadOnlyList<(string Email, string DisplayName, string[] Roles)> All =
    [
        ("coder@demo.test", "Casey Coder", [Roles.Coder]),
        ("coder2@demo.test", "Jordan Lee", [Roles.Coder]),
        ("biller@demo.test", "Blake Biller", [Roles.Biller]),
        ("manager@demo.test", "Morgan Manager", [Roles.Manager]),
        ("admin@demo.test", "Avery Admin", [Roles.Admin]),
        ("all@demo.test", "Alex Allroles", [Roles.Coder, Roles.Biller, Roles.Manager, Roles.Admin]),
    ];

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roleManager)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    /// <summary>Creates the demo users that do not exist yet and returns every demo user's id by email.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> EnsureAsync(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager)
    {
        await EnsureRolesAsync(roleManager);
        var ids = new Dictionary<string, string>();
        foreach (var (email, displayName, roles) in All)
        {
            var user = await userManager.FindByEmailAsync(email);
            if (user is null)
            {
                user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
                Check(await userManager.CreateAsync(user, Password), email);
                Check(await userManager.AddToRolesAsync(user, roles), email);
            }

            ids[email] = user.Id;
        }

        return ids;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
