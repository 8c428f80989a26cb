using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Identity;

public static class IdentitySetup
{
    /// <summary>
    /// Identity on the application database with roles and the sign-in policy: passwords of 12
    /// characters or more, and lockout for 15 minutes after 5 failed attempts.
    /// </summary>
    public static IdentityBuilder AddRevenueCycleIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<RevenueCycleDbContext>();
}
