namespace RevenueCycle.Core.Common;

/// <summary>
/// Thrown by an entity when asked to break one of its rules (an illegal status move, a negative
/// charge). Services catch it and return a <see cref="Result"/> with the message.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
