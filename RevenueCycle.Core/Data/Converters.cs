using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RevenueCycle.Core.Data;

/// <summary>Stores money as integer cents, rounding half away from zero as billing does.</summary>
public sealed class CentsConverter() : ValueConverter<decimal, long>(
    value => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero),
    cents => cents / 100m);

/// <summary>Timestamps are UTC; SQLite returns them without a kind, so the kind is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
