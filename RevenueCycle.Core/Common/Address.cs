namespace RevenueCycle.Core.Common;

/// <summary>A postal address. ZIP is 5 or 9 digits without the dash (837P billing providers need 9).</summary>
public sealed record Address(string Line1, string? Line2, string City, string State, string Zip)
{
    public static Address Empty { get; } = new("", null, "", "", "");

    public override string ToString() =>
        $"{Line1}{(string.IsNullOrEmpty(Line2) ? "" : ", " + Line2)}, {City}, {State} {FormatZip(Zip)}";

    private static string FormatZip(string zip) => zip.Length == 9 ? $"{zip[..5]}-{zip[5..]}" : zip;
}
