using RevenueCycle.Core.Common;

namespace RevenueCycle.Tests.Core.Common;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893", true)] // the CMS worked example
    [InlineData("1234567890", false)]
    [InlineData("123456789", false)]
    [InlineData("12345678A3", false)]
    [InlineData(null, false)]
    public void IsValid_ChecksTheLuhnDigitWithThe80840Prefix(string? npi, bool expected) => Assert.Equal(expected, Npi.IsValid(npi));

    [Fact]
    public void WithCheckDigit_AppendsTheDigitThatValidates() => Assert.Equal("1234567893", Npi.WithCheckDigit("123456789"));
}
