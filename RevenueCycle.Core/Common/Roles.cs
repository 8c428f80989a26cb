namespace RevenueCycle.Core.Common;

/// <summary>The application roles. Pages and services name roles only through these constants.</summary>
public static class Roles
{
    public const string Coder = nameof(Coder);
    public const string Biller = nameof(Biller);
    public const string Manager = nameof(Manager);
    public const string Admin = nameof(Admin);

    /// <summary>Comma-separated lists for <c>[Authorize(Roles = ...)]</c>.</summary>
    public const string CodingStaff = Coder + "," + Manager;
    public const string BillingStaff = Biller + "," + Manager;
    public const string Management = Manager + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Coder, Biller, Manager, Admin];
}
