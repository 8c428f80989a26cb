using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using RevenueCycle.Core.Common;
using RevenueCycle.Web.Components.Layout;

namespace RevenueCycle.Tests.Web.Layout;

public sealed class NavMenuTests : BunitContext
{
    public NavMenuTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData(Roles.Coder, new[] { "Home", "Coding queue", "Provider queries" })]
    [InlineData(Roles.Biller, new[] { "Home", "Claims", "Batches and acks", "Remittances", "Denials", "Statements" })]
    [InlineData(Roles.Manager, new[] { "Home", "Coding queue", "Provider queries", "Claims", "Batches and acks", "Remittances", "Denials", "Statements", "Payer rules" })]
    [InlineData(Roles.Admin, new[] { "Home", "Payer rules", "Administration", "Users", "Code sets" })]
    public void NavMenu_ShowsOnlyTheEntriesOfTheRole(string role, string[] expected)
    {
        AddAuthorization().SetAuthorized("someone@demo.test").SetRoles(role);

        var menu = Render<NavMenu>();

        var entries = menu.FindAll(".mud-nav-link-text, .mud-nav-group button .mud-nav-link-text").Select(e => e.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(expected, entries);
    }

    [Fact]
    public void NavMenu_UserWithEveryRole_SeesEveryEntry()
    {
        AddAuthorization().SetAuthorized("all@demo.test").SetRoles([.. Roles.All]);

        var menu = Render<NavMenu>();

        Assert.NotNull(menu.Find("[data-testid=nav-coding-queue]"));
        Assert.NotNull(menu.Find("[data-testid=nav-claims]"));
        Assert.NotNull(menu.Find("[data-testid=nav-users]"));
    }
}
