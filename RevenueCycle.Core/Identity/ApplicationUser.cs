using Microsoft.AspNetCore.Identity;

namespace RevenueCycle.Core.Identity;

/// <summary>A person who signs in: coder, biller, manager or admin (roles in <see cref="Common.Roles"/>).</summary>
public sealed class ApplicationUser : IdentityUser
{
    [PersonalData]
    public string DisplayName { get; set; } = "";
}
