using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Common;
using RevenueCycle.Web.Security;

namespace RevenueCycle.Tests.Web.Security;

/// <summary>
/// Every routable component, found by reflection, has an entry in <see cref="PageAccess"/>, and
/// its [Authorize]/[AllowAnonymous] attributes let in exactly the users the table names: each role
/// alone, every role together, and an anonymous visitor.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private static readonly IReadOnlyList<(string Route, Type Page)> Routes = typeof(RevenueCycle.Web.WebApp).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>().Select(r => (r.Template, t)))
        .ToList();

    public static TheoryData<string> Users => new() { "anonymous", Roles.Coder, Roles.Biller, Roles.Manager, Roles.Admin, "all" };

    [Fact]
    public void EveryPage_HasAnEntryInTheTable_AndEveryEntryIsAPage()
    {
        Assert.NotEmpty(Routes);
        Assert.Empty(Routes.Select(r => r.Route).Except(PageAccess.Pages.Keys));
        Assert.Empty(PageAccess.Pages.Keys.Except(Routes.Select(r => r.Route)));
    }

    [Fact]
    public void EveryPage_CarriesAnAuthorizationAttribute()
    {
        var bare = Routes.Where(r => !r.Page.GetCustomAttributes(inherit: true).Any(a => a is IAuthorizeData or IAllowAnonymous)).Select(r => r.Route);

        Assert.Empty(bare);
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryPage_LetsInExactlyWhomTheTableNames(string user)
    {
        var roles = user switch
        {
            "anonymous" => null,
            "all" => Roles.All.ToArray(),
            _ => [user],
        };
        var principal = roles is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));
        var services = new ServiceCollection().AddLogging().AddAuthorization().BuildServiceProvider();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = services.GetRequiredService<IAuthorizationService>();

        var disagreements = new List<string>();
        foreach (var (route, page) in Routes)
        {
            var attributes = page.GetCustomAttributes(inherit: true);
            bool allowed;
            if (attributes.OfType<IAllowAnonymous>().Any())
            {
                allowed = true;
            }
            else
            {
                var policy = await AuthorizationPolicy.CombineAsync(policies, attributes.OfType<IAuthorizeData>());
                allowed = policy is null || (await authorization.AuthorizeAsync(principal, policy)).Succeeded;
            }

            if (allowed != PageAccess.MayOpen(route, roles))
            {
                disagreements.Add($"{route}: the page {(allowed ? "lets in" : "refuses")} {user}, the table says the opposite");
            }
        }

        Assert.Empty(disagreements);
    }
}
