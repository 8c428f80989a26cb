using MudBlazor;

namespace RevenueCycle.Web.Components.Layout;

internal static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#2e7d6b",
            AppbarBackground = "#1f5f8b",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb3d5",
            Secondary = "#7dcfb6",
        },
    };
}
