using System.Globalization;

namespace RevenueCycle.Core.Common.Pdf;

/// <summary>Money as a US patient or payer reads it on paper, whatever the server's culture.</summary>
public static class UsMoney
{
    /// <summary>"$1,234.50"; a credit is "-$12.00". Rounded half away from zero to cents.</summary>
    public static string Format(decimal amount)
    {
        var cents = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        var text = "$" + Math.Abs(cents).ToString("#,##0.00", CultureInfo.InvariantCulture);
        return cents < 0 ? "-" + text : text;
    }
}
