using BenchmarkDotNet.Running;
using RevenueCycle.Benchmarks;

if (args.Length > 0 && args[0] == ClaimsThroughDatabase.Verb)
{
    return await ClaimsThroughDatabase.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == RemittanceThroughDatabase.Verb)
{
    return await RemittanceThroughDatabase.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
