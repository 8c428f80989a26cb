using RevenueCycle.Web;

// A bare word as the first argument is an admin command (migrate, seed-demo, add-user...);
// anything else starts the web app.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var app = WebApp.Build(args);
await WebApp.PrepareDatabaseAsync(app);
await app.RunAsync();
return 0;
