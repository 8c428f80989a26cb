using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Identity;

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil, int FailedAttempts);

/// <summary>
/// Admins manage who may sign in and with which roles. Each call runs in its own scope (a fresh
/// Identity store, so a long-lived Blazor circuit never works on stale users) and checks that the
/// caller is an admin.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopeFactory, ICurrentActor currentActor, TimeProvider time)
{
    public async Task<IReadOnlyList<UserRow>> GetUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.RevenueCycleDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.AccessFailedCount })
            .ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = time.GetUtcNow();
        return users.Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName, rolesByUser[u.Id].Order().ToList(), u.LockoutEnd > now ? u.LockoutEnd : null, u.AccessFailedCount)).ToList();
    }

    public Task<Result> CreateAsync(string email, string displayName, string password, IReadOnlyList<string> roles) =>
        AsAdminAsync(async (users, _) =>
        {
            if (roles.Count == 0)
            {
                return Result.Failure("Give the user at least one role.");
            }

            var user = new ApplicationUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName.Trim() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return Describe(created);
            }

            return Describe(await users.AddToRolesAsync(user, roles));
        });

    public Task<Result> SetRolesAsync(string userId, IReadOnlyList<string> roles) =>
        AsAdminAsync(async (users, actor) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.Failure("That user no longer exists.");
            }

            if (roles.Count == 0)
            {
                return Result.Failure("A user needs at least one role; lock the account instead to stop them signing in.");
            }

            if (user.Id == actor.UserId && !roles.Contains(Roles.Admin))
            {
                return Result.Failure("You cannot remove your own Admin role; ask another admin.");
            }

            var current = await users.GetRolesAsync(user);
            var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
            if (!removed.Succeeded)
            {
                return Describe(removed);
            }

            return Describe(await users.AddToRolesAsync(user, roles.Except(current)));
        });

    public Task<Result> UnlockAsync(string userId) =>
        AsAdminAsync(async (users, _) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.Failure("That user no longer exists.");
            }

            var unlocked = await users.SetLockoutEndDateAsync(user, null);
            return unlocked.Succeeded ? Describe(await users.ResetAccessFailedCountAsync(user)) : Describe(unlocked);
        });

    private async Task<Result> AsAdminAsync(Func<UserManager<ApplicationUser>, AuditActor, Task<Result>> action)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.Admin))
        {
            return Result.Failure("Only an administrator can manage users.");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = actor;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await action(users, actor);
    }

    private static Result Describe(IdentityResult result) =>
        result.Succeeded ? Result.Success() : Result.Failure(string.Join(" ", result.Errors.Select(e => e.Description)));
}
