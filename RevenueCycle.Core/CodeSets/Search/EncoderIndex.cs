using System.Buffers;
using System.Text;

namespace RevenueCycle.Core.CodeSets.Search;

/// <summary>
/// An immutable in-memory index over code rows for the encoder's one search box: codes by exact
/// value or prefix (with or without the ICD-10-CM dot), descriptions by words in any order,
/// partial words and clinical abbreviations. Safe to share between threads.
/// </summary>
/// <remarks>
/// Descriptions are split into lower-case words; the distinct words form a sorted vocabulary, so
/// every word starting with a typed prefix is one contiguous range of word ids. Each code keeps
/// its sorted word ids and each word its sorted code ids (postings). A query enumerates the
/// postings of its most selective term only and checks the other terms against the candidate's
/// own words with a binary search, which keeps a query well under a millisecond on the full
/// ICD-10-CM set.
/// </remarks>
public sealed class EncoderIndex
{
    private const int MaxTerms = 8;
    private const int MaxLimit = 500;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with", "w",
    };

    private readonly Entry[] _entries;
    private readonly string[] _vocabulary;
    private readonly int[] _postingStart;
    private readonly int[] _postings;
    private readonly int[] _tokenStart;
    private readonly int[] _tokens;
    private readonly int[] _wholeTokenStart;
    private readonly int[] _wholeTokens;

    private EncoderIndex(Entry[] entries, string[] vocabulary, int[] postingStart, int[] postings, int[] tokenStart, int[] tokens, int[] wholeTokenStart, int[] wholeTokens)
    {
        _wholeTokenStart = wholeTokenStart;
        _wholeTokens = wholeTokens;
        _entries = entries;
        _vocabulary = vocabulary;
        _postingStart = postingStart;
        _postings = postings;
        _tokenStart = tokenStart;
        _tokens = tokens;
    }

    /// <summary>An index with no codes.</summary>
    public static EncoderIndex Empty { get; } = Build([]);

    /// <summary>How many distinct codes (system and code) the index holds.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// Builds the index. Rows of the same system and code (one per release) become one code whose
    /// validity is the union of the rows' dates; the row in force on a DOS supplies its description.
    /// </summary>
    public static EncoderIndex Build(IEnumerable<EncoderCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var grouped = new Dictionary<(CodeSystem System, string Key), List<Variant>>();
        foreach (var code in codes)
        {
            var key = CodeKey(code.Code);
            if (key.Length == 0)
            {
                continue;
            }

            var variant = new Variant(code.LongDescription.Length > 0 ? code.LongDescription : code.ShortDescription, code.ShortDescription, code.IsBillable, code.EffectiveDate, code.TerminationDate);
            if (!grouped.TryGetValue((code.System, key), out var variants))
            {
                grouped[(code.System, key)] = variants = [];
            }

            variants.Add(variant);
        }

        var entries = grouped
            .Select(g => new Entry(g.Key.System, g.Key.Key, DisplayCode(g.Key.System, g.Key.Key), [.. g.Value.OrderBy(v => v.EffectiveDate)]))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.System)
            .ToArray();

        // Words of every release's descriptions, long and short (the short ones carry abbreviations such as "fx").
        // Whole-word matches count for ranking only in the long descriptions, whose words are
        // spelt out: the short ones' "diab" and "hyprgly" would otherwise outrank real words.
        var entryWords = new List<string>[entries.Length];
        var entryLongWords = new List<string>[entries.Length];
        var vocabularySet = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        for (var i = 0; i < entries.Length; i++)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var longSet = new HashSet<string>(StringComparer.Ordinal);
            foreach (var variant in entries[i].Variants)
            {
                words.Clear();
                Tokenize(variant.Description, words);
                longSet.UnionWith(words);
                Tokenize(variant.ShortDescription, words);
                set.UnionWith(words);
            }

            entryWords[i] = [.. set];
            entryLongWords[i] = [.. longSet];
            vocabularySet.UnionWith(set);
        }

        var vocabulary = vocabularySet.ToArray();
        Array.Sort(vocabulary, StringComparer.Ordinal);
        var wordIds = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            wordIds[vocabulary[i]] = i;
        }

        var tokenStart = new int[entries.Length + 1];
        var tokens = new List<int>();
        var postingCounts = new int[vocabulary.Length + 1];
        for (var i = 0; i < entries.Length; i++)
        {
            tokenStart[i] = tokens.Count;
            var ids = entryWords[i].Select(w => wordIds[w]).Order().ToArray();
            tokens.AddRange(ids);
            foreach (var id in ids)
            {
                postingCounts[id + 1]++;
            }
        }

        tokenStart[entries.Length] = tokens.Count;
        var wholeTokenStart = new int[entries.Length + 1];
        var wholeTokens = new List<int>();
        for (var i = 0; i < entries.Length; i++)
        {
            wholeTokenStart[i] = wholeTokens.Count;
            wholeTokens.AddRange(entryLongWords[i].Select(w => wordIds[w]).Order());
        }

        wholeTokenStart[entries.Length] = wholeTokens.Count;
        var postingStart = new int[vocabulary.Length + 1];
        for (var i = 1; i <= vocabulary.Length; i++)
        {
            postingStart[i] = postingStart[i - 1] + postingCounts[i];
        }

        // Entries are visited in id order, so every posting list comes out sorted.
        var postings = new int[tokens.Count];
        var fill = (int[])postingStart.Clone();
        for (var i = 0; i < entries.Length; i++)
        {
            for (var t = tokenStart[i]; t < tokenStart[i + 1]; t++)
            {
                postings[fill[tokens[t]]++] = i;
            }
        }

        return new EncoderIndex(entries, vocabulary, postingStart, postings, tokenStart, [.. tokens], wholeTokenStart, [.. wholeTokens]);
    }

    /// <summary>
    /// Finds codes for the query: the exact code first, then codes starting with the typed code,
    /// then codes whose descriptions match every term (all terms but one when none does), ranked
    /// by how many terms match, validity on the DOS, the codes an
    /// abbreviation usually means, billable before headers, whole-word matches and shorter
    /// descriptions.
    /// </summary>
    public IReadOnlyList<EncoderSearchResult> Search(EncoderQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Text?.Trim() ?? "";
        if (text.Length == 0 || _entries.Length == 0)
        {
            return [];
        }

        var context = new QueryContext(query, Math.Clamp(query.Limit, 1, MaxLimit));
        var seen = ArrayPool<ulong>.Shared.Rent((_entries.Length >> 6) + 1);
        try
        {
            Array.Clear(seen, 0, (_entries.Length >> 6) + 1);
            var results = new List<EncoderSearchResult>(context.Limit);
            // A typed code with digits that finds codes wants codes only: the words of "E11.6"
            // ("6") are noise. Letters alone may be both a modifier and an abbreviation ("RA").
            SearchCodes(text, context, seen, results);
            if (results.Count < context.Limit && (results.Count == 0 || !text.Any(char.IsAsciiDigit)))
            {
                SearchWords(text, context, seen, results);
            }

            return results;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(seen);
        }
    }

    /// <summary>The code as a search key: upper case, without the dot or spaces.</summary>
    public static string CodeKey(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string DisplayCode(CodeSystem system, string key) =>
        system == CodeSystem.Icd10Cm && key.Length > 3 ? string.Concat(key.AsSpan(0, 3), ".", key.AsSpan(3)) : key;

    private static void Tokenize(string text, List<string> into)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                into.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
    }

    private static bool IsSet(ulong[] bits, int id) => (bits[id >> 6] & (1UL << (id & 63))) != 0;

    private static void Set(ulong[] bits, int id) => bits[id >> 6] |= 1UL << (id & 63);

    private void SearchCodes(string text, QueryContext context, ulong[] seen, List<EncoderSearchResult> results)
    {
        // A code is one token of letters, digits and at most the dot: "e1165", "E11.6", "99213", "LT".
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '.')
            {
                return;
            }
        }

        var key = CodeKey(text);
        if (key.Length is 0 or > 8)
        {
            return;
        }

        var (lo, hi) = CodeRange(key);
        var i = lo;
        for (; i < hi && _entries[i].Key.Length == key.Length; i++)
        {
            if (context.Accepts(_entries[i], out var variant, out var valid))
            {
                Set(seen, i);
                results.Add(ToResult(_entries[i], variant, valid, EncoderMatchKind.ExactCode));
            }
        }

        // Letters alone ("htn", "ra") are words or modifiers, never the start of a code list.
        if (!key.Any(char.IsAsciiDigit))
        {
            return;
        }

        // Within the prefix: in force before not in force, billable before headers, then code order.
        var room = context.Limit - results.Count;
        var buckets = new List<int>[4];
        for (var b = 0; b < buckets.Length; b++)
        {
            buckets[b] = [];
        }

        for (; i < hi && buckets[0].Count < room; i++)
        {
            if (context.Accepts(_entries[i], out var variant, out var valid))
            {
                buckets[(valid ? 0 : 2) + (variant.IsBillable ? 0 : 1)].Add(i);
            }
        }

        foreach (var bucket in buckets)
        {
            foreach (var id in bucket)
            {
                if (results.Count >= context.Limit)
                {
                    return;
                }

                Set(seen, id);
                context.Accepts(_entries[id], out var variant, out var valid);
                results.Add(ToResult(_entries[id], variant, valid, EncoderMatchKind.CodePrefix));
            }
        }
    }

    private (int Lo, int Hi) CodeRange(string key)
    {
        var lo = LowerBound(_entries.Length, i => string.CompareOrdinal(_entries[i].Key, key) >= 0);
        var hi = LowerBound(_entries.Length, i => string.CompareOrdinal(_entries[i].Key, key) >= 0 && !_entries[i].Key.StartsWith(key, StringComparison.Ordinal));
        return (lo, Math.Max(lo, hi));
    }

    private (int Lo, int Hi) WordRange(string prefix)
    {
        var lo = LowerBound(_vocabulary.Length, i => string.CompareOrdinal(_vocabulary[i], prefix) >= 0);
        var hi = LowerBound(_vocabulary.Length, i => string.CompareOrdinal(_vocabulary[i], prefix) >= 0 && !_vocabulary[i].StartsWith(prefix, StringComparison.Ordinal));
        return (lo, Math.Max(lo, hi));
    }

    private int WordId(string word)
    {
        var index = Array.BinarySearch(_vocabulary, word, StringComparer.Ordinal);
        return index >= 0 ? index : -1;
    }

    private static int LowerBound(int count, Func<int, bool> isAtOrAfter)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (isAtOrAfter(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private void SearchWords(string text, QueryContext context, ulong[] seen, List<EncoderSearchResult> results)
    {
        var terms = ParseTerms(text);
        if (terms.Count == 0)
        {
            return;
        }

        var boosts = terms.SelectMany(t => t.UsualCodePrefixes).ToArray();
        var room = context.Limit - results.Count;
        var top = new TopK(room);
        var visited = ArrayPool<ulong>.Shared.Rent(seen.Length);
        try
        {
            // Codes matching every term. Only when there is none (a misspelt or unknown word),
            // codes matching all terms but one, so one bad word does not empty the list.
            var cheapest = terms.MinBy(t => t.Cost)!;
            Array.Copy(seen, visited, seen.Length);
            Enumerate(cheapest, visited, id => Score(id, terms, boosts, context, terms.Count, top));
            if (top.Count == 0 && terms.Count > 1)
            {
                Array.Copy(seen, visited, seen.Length);
                foreach (var term in terms)
                {
                    Enumerate(term, visited, id => Score(id, terms, boosts, context, terms.Count - 1, top));
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(visited);
        }

        foreach (var id in top.Ids())
        {
            context.Accepts(_entries[id], out var variant, out var valid);
            results.Add(ToResult(_entries[id], variant, valid, EncoderMatchKind.Words));
        }
    }

    private void Enumerate(Term term, ulong[] visited, Action<int> score)
    {
        foreach (var alternative in term.Alternatives)
        {
            var (lo, hi) = alternative.CheapestRange;
            for (var p = _postingStart[lo]; p < _postingStart[hi]; p++)
            {
                var id = _postings[p];
                if (!IsSet(visited, id))
                {
                    Set(visited, id);
                    score(id);
                }
            }
        }
    }

    private void Score(int id, List<Term> terms, string[] boosts, QueryContext context, int minimumMatched, TopK top)
    {
        var entry = _entries[id];
        if (!context.Accepts(entry, out var variant, out var valid))
        {
            return;
        }

        var words = _tokens.AsSpan(_tokenStart[id], _tokenStart[id + 1] - _tokenStart[id]);
        var longWords = _wholeTokens.AsSpan(_wholeTokenStart[id], _wholeTokenStart[id + 1] - _wholeTokenStart[id]);
        int matched = 0, whole = 0, missed = 0;
        foreach (var term in terms)
        {
            var (isMatch, isWhole) = Match(term, words, longWords);
            if (isMatch)
            {
                matched++;
                whole += isWhole ? 1 : 0;
            }
            else if (++missed > terms.Count - minimumMatched)
            {
                return;
            }
        }

        var boosted = false;
        foreach (var prefix in boosts)
        {
            if (entry.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                boosted = true;
                break;
            }
        }

        // Higher is better: terms matched, in force on the DOS, usual code of an abbreviation,
        // billable, whole words, shorter description, then code order.
        var rank = ((long)matched << 40)
            | ((valid ? 1L : 0L) << 39)
            | ((boosted ? 1L : 0L) << 38)
            | ((variant.IsBillable ? 1L : 0L) << 37)
            | ((long)Math.Min(whole, 15) << 33)
            | ((long)(1023 - Math.Min(variant.Description.Length, 1023)) << 23)
            | (long)(0x7FFFFF - Math.Min(id, 0x7FFFFF));
        top.Add(rank, id);
    }

    private static (bool Match, bool Whole) Match(Term term, ReadOnlySpan<int> words, ReadOnlySpan<int> longWords)
    {
        var match = false;
        foreach (var alternative in term.Alternatives)
        {
            var all = true;
            var allWhole = true;
            foreach (var word in alternative.Words)
            {
                var at = words.BinarySearch(word.Lo);
                if (at < 0)
                {
                    at = ~at;
                }

                if (at >= words.Length || words[at] >= word.Hi)
                {
                    all = false;
                    break;
                }

                allWhole &= word.ExactId >= 0 && longWords.BinarySearch(word.ExactId) >= 0;
            }

            if (all)
            {
                if (allWhole)
                {
                    return (true, true);
                }

                match = true;
            }
        }

        return (match, false);
    }

    private List<Term> ParseTerms(string text)
    {
        var raw = new List<string>();
        Tokenize(text, raw);
        var distinct = raw.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Any(t => !StopWords.Contains(t)))
        {
            distinct.RemoveAll(StopWords.Contains);
        }

        var terms = new List<Term>();
        foreach (var word in distinct.Take(MaxTerms))
        {
            var alternatives = new List<Alternative>();
            string[] usualCodes = [];
            if (ClinicalAbbreviations.TryGet(word, out var expansion))
            {
                usualCodes = [.. expansion.UsualCodePrefixes];
                foreach (var phrase in expansion.Phrases)
                {
                    var phraseWords = new List<string>();
                    Tokenize(phrase, phraseWords);
                    phraseWords.RemoveAll(StopWords.Contains);
                    AddAlternative(alternatives, phraseWords.Select(w => WordMatcherFor(w, prefix: true)));
                }

                // The abbreviation itself, when a description uses it ("COPD", "fx" in short descriptions).
                AddAlternative(alternatives, [WordMatcherFor(word, prefix: false)]);
            }
            else
            {
                // One character ("2" of "type 2") only as a whole word: as a prefix it would match most codes.
                AddAlternative(alternatives, [WordMatcherFor(word, prefix: word.Length > 1)]);
            }

            terms.Add(new Term(word, alternatives, usualCodes, alternatives.Sum(a => Cost(a.CheapestRange))));
        }

        return terms;
    }

    private void AddAlternative(List<Alternative> alternatives, IEnumerable<WordMatcher> words)
    {
        var list = words.ToArray();
        if (list.Length > 0 && list.All(w => w.Hi > w.Lo))
        {
            var cheapest = list.MinBy(w => Cost((w.Lo, w.Hi)));
            alternatives.Add(new Alternative(list, (cheapest.Lo, cheapest.Hi)));
        }
    }

    private WordMatcher WordMatcherFor(string word, bool prefix)
    {
        var exact = WordId(word);
        if (!prefix)
        {
            return exact >= 0 ? new WordMatcher(exact, exact + 1, exact) : new WordMatcher(0, 0, -1);
        }

        var (lo, hi) = WordRange(word);
        return new WordMatcher(lo, hi, exact);
    }

    private int Cost((int Lo, int Hi) range) => _postingStart[range.Hi] - _postingStart[range.Lo];

    private static EncoderSearchResult ToResult(Entry entry, Variant variant, bool valid, EncoderMatchKind match) =>
        new(entry.DisplayCode, variant.Description, entry.System, variant.IsBillable, valid, match);

    private sealed record Variant(string Description, string ShortDescription, bool IsBillable, DateOnly EffectiveDate, DateOnly? TerminationDate)
    {
        public bool IsValidOn(DateOnly date) => date >= EffectiveDate && (TerminationDate is null || date <= TerminationDate);
    }

    private sealed record Entry(CodeSystem System, string Key, string DisplayCode, Variant[] Variants);

    private readonly record struct WordMatcher(int Lo, int Hi, int ExactId);

    /// <summary>One way to match a term: every word must match. Candidates come from its cheapest word.</summary>
    private sealed record Alternative(WordMatcher[] Words, (int Lo, int Hi) CheapestRange);

    private sealed record Term(string Text, List<Alternative> Alternatives, string[] UsualCodePrefixes, int Cost);

    private sealed class QueryContext
    {
        private readonly DateOnly? _dateOfService;
        private readonly bool _excludeInvalid;
        private readonly int _systemMask;

        public QueryContext(EncoderQuery query, int limit)
        {
            _dateOfService = query.DateOfService;
            _excludeInvalid = query.ExcludeInvalidOnDateOfService && query.DateOfService is not null;
            _systemMask = query.Systems is { Count: > 0 } systems ? systems.Aggregate(0, (mask, s) => mask | (1 << (int)s)) : -1;
            Limit = limit;
        }

        public int Limit { get; }

        /// <summary>Whether the entry passes the filters; picks the release in force on the DOS (else the latest).</summary>
        public bool Accepts(Entry entry, out Variant variant, out bool valid)
        {
            variant = entry.Variants[^1];
            valid = true;
            if ((_systemMask & (1 << (int)entry.System)) == 0)
            {
                return false;
            }

            if (_dateOfService is { } dos)
            {
                valid = false;
                for (var v = entry.Variants.Length - 1; v >= 0; v--)
                {
                    if (entry.Variants[v].IsValidOn(dos))
                    {
                        variant = entry.Variants[v];
                        valid = true;
                        break;
                    }
                }
            }

            return valid || !_excludeInvalid;
        }
    }

    /// <summary>The best <c>capacity</c> ids by rank, kept sorted best first.</summary>
    private sealed class TopK(int capacity)
    {
        private readonly long[] _ranks = new long[capacity];
        private readonly int[] _ids = new int[capacity];

        public int Count { get; private set; }

        public void Add(long rank, int id)
        {
            if (Count == capacity && rank <= _ranks[Count - 1])
            {
                return;
            }

            var at = Count == capacity ? Count - 1 : Count++;
            while (at > 0 && _ranks[at - 1] < rank)
            {
                _ranks[at] = _ranks[at - 1];
                _ids[at] = _ids[at - 1];
                at--;
            }

            _ranks[at] = rank;
            _ids[at] = id;
        }

        public IEnumerable<int> Ids() => _ids.Take(Count);
    }
}
