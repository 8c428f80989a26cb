namespace RevenueCycle.Core.Common;

/// <summary>
/// An aggregate that two people can edit at once (encounter, claim, payment batch). Its
/// <see cref="Version"/> is an app-managed concurrency token: the DbContext increments it on every
/// save, and a save against a stale version fails with a concurrency conflict instead of
/// overwriting someone else's work.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
