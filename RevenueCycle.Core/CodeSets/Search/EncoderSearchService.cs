using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.CodeSets.Search;

/// <summary>
/// The encoder search behind the one search box of the coding screens. Holds one
/// <see cref="EncoderIndex"/> for the whole app (registered as a singleton), loaded from
/// <c>CodeSetEntries</c> on first use; an import calls <see cref="RebuildAsync"/> so the new
/// release is searchable at once.
/// </summary>
/// <remarks>
/// Takes a scope factory rather than the context factory because the context factory is scoped
/// (each scope carries its acting user for the audit trail); loading only reads.
/// </remarks>
public sealed class EncoderSearchService(IServiceScopeFactory scopeFactory)
{
    /// <summary>The code systems the encoder searches.</summary>
    public static IReadOnlyList<CodeSystem> SearchableSystems { get; } = [CodeSystem.Icd10Cm, CodeSystem.Cpt, CodeSystem.Hcpcs, CodeSystem.Modifier];

    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile EncoderIndex? _index;

    /// <summary>Searches all code systems (or those of the query) for codes, words or abbreviations; the top results, best first.</summary>
    public async Task<IReadOnlyList<EncoderSearchResult>> SearchAsync(EncoderQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = _index ?? await LoadOnceAsync(cancellationToken);
        return index.Search(query);
    }

    /// <summary>Reloads the index from the database (after an import); searches keep using the old index until the new one is ready.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            _index = await LoadAsync(cancellationToken);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private async Task<EncoderIndex> LoadOnceAsync(CancellationToken cancellationToken)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            return _index ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private async Task<EncoderIndex> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // The whole code table on purpose: the index answers a keystroke in well under a
        // millisecond, which SQL LIKE over descriptions cannot (about 100,000 ICD-10-CM rows).
        var systems = SearchableSystems.ToList();
        var codes = await db.CodeSetEntries
            .AsNoTracking()
            .Where(e => systems.Contains(e.System))
            .Select(e => new EncoderCode(e.System, e.Code, e.ShortDescription, e.LongDescription, e.IsBillable, e.EffectiveDate, e.TerminationDate))
            .ToListAsync(cancellationToken);
        return EncoderIndex.Build(codes);
    }
}
