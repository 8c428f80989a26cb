using Microsoft.Data.Sqlite;

namespace RevenueCycle.Core.Data;

/// <summary>Where the database lives. Relative SQLite paths are resolved against the app's content root.</summary>
public static class DatabaseSettings
{
    public const string ConnectionStringName = "RevenueCycle";
    public const string DefaultConnectionString = "Data Source=App_Data/revenuecycle.db";

    /// <summary>Makes a relative SQLite data source absolute and creates its folder.</summary>
    public static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var isFile = !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory;
        if (isFile && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (isFile)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
