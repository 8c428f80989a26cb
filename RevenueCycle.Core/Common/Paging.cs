namespace RevenueCycle.Core.Common;

/// <summary>One page of a server-side worklist and the total the filters match.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>Paging and sorting requested by a worklist; the page size is capped so no request loads a table.</summary>
public sealed record PageRequest(int PageIndex = 0, int PageSize = 25, string? SortBy = null, bool Descending = false)
{
    public const int MaxPageSize = 200;

    public int Skip => Math.Max(0, PageIndex) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}

/// <summary>How many items a worklist has in one status (the counts on its tabs).</summary>
public sealed record StatusCount<TStatus>(TStatus Status, int Count);
