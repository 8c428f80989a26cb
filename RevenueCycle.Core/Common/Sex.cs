namespace RevenueCycle.Core.Common;

/// <summary>Administrative sex as the 837P DMG03 codes it.</summary>
public enum Sex
{
    Unknown,
    Female,
    Male,
}
