using RevenueCycle.Core.Common;

namespace RevenueCycle.Web.Security;

/// <summary>
/// Who may open each page: the one table the authorization test holds every routable component
/// against (a page missing here, or whose [Authorize] disagrees, fails the build's tests). The
/// navigation menu shows entries by the same role lists.
/// </summary>
public static class PageAccess
{
    /// <summary>Anyone, signed in or not (sign-in, lockout, error pages).</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string> { "anonymous" };

    /// <summary>Any signed-in user, whatever the role.</summary>
    public static readonly IReadOnlySet<string> AnySignedIn = new HashSet<string>(Roles.All);

    private static IReadOnlySet<string> Only(params string[] roles) => new HashSet<string>(roles);

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Pages = new Dictionary<string, IReadOnlySet<string>>
    {
        ["/"] = AnySignedIn,
        ["/coding/queue"] = Only(Roles.Coder, Roles.Manager),
        ["/coding/queries"] = Only(Roles.Coder, Roles.Manager),
        ["/coding/chart/{EncounterId:int}"] = Only(Roles.Coder, Roles.Manager),
        ["/claims"] = Only(Roles.Biller, Roles.Manager),
        ["/claims/{ClaimId:int}"] = Only(Roles.Biller, Roles.Manager),
        ["/claims/batches"] = Only(Roles.Biller, Roles.Manager),
        ["/remittances"] = Only(Roles.Biller, Roles.Manager),
        ["/denials"] = Only(Roles.Biller, Roles.Manager),
        ["/statements"] = Only(Roles.Biller, Roles.Manager),
        ["/patients/{PatientId:int}/account"] = Only(Roles.Biller, Roles.Manager),
        ["/admin/payer-rules"] = Only(Roles.Manager, Roles.Admin),
        ["/admin/users"] = Only(Roles.Admin),
        ["/admin/code-sets"] = Only(Roles.Admin),
        ["/Account/Login"] = Anonymous,
        ["/Account/LoginWith2fa"] = Anonymous,
        ["/Account/LoginWithRecoveryCode"] = Anonymous,
        ["/Account/Lockout"] = Anonymous,
        ["/Account/AccessDenied"] = Anonymous,
        ["/Account/InvalidUser"] = Anonymous,
        ["/Error"] = Anonymous,
        ["/not-found"] = Anonymous,
        ["/Account/Manage"] = AnySignedIn,
        ["/Account/Manage/ChangePassword"] = AnySignedIn,
        ["/Account/Manage/TwoFactorAuthentication"] = AnySignedIn,
        ["/Account/Manage/EnableAuthenticator"] = AnySignedIn,
        ["/Account/Manage/Disable2fa"] = AnySignedIn,
        ["/Account/Manage/GenerateRecoveryCodes"] = AnySignedIn,
        ["/Account/Manage/ResetAuthenticator"] = AnySignedIn,
    };

    /// <summary>Whether a user with these roles (none: anonymous) may open the page, by the table.</summary>
    public static bool MayOpen(string route, IReadOnlyCollection<string>? roles)
    {
        var allowed = Pages[route];
        if (ReferenceEquals(allowed, Anonymous))
        {
            return true;
        }

        return roles is not null && (ReferenceEquals(allowed, AnySignedIn) || roles.Any(allowed.Contains));
    }
}
