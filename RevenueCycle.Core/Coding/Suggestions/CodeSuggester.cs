using System.Text;
using RevenueCycle.Core.CodeSets;

namespace RevenueCycle.Core.Coding.Suggestions;

/// <summary>
/// Proposes ICD-10-CM diagnoses and CPT/HCPCS procedures that a note supports, offline and
/// deterministically. Build one per code-set release (building indexes every description) and share
/// it: <see cref="Suggest"/> is thread-safe and takes well under a millisecond for a typical note.
/// </summary>
/// <remarks>
/// A code is matched when all the meaningful words of its description (or of one of its synonyms in
/// <see cref="SuggestionTerms"/>) occur close together in one sentence. Mentions that are negated
/// ("denies", "ruled out"), historical ("history of ... resolved", "s/p"), about a relative
/// ("mother with", the FAMILY HISTORY section) or, for procedures, only planned ("ordered") are
/// skipped; each remaining mention counts by its section (ASSESSMENT and PROCEDURE most).
/// </remarks>
public sealed class CodeSuggester
{
    /// <summary>The confidence at which suggestions are worth showing; see docs/suggestions.md for the figures behind it.</summary>
    public const double RecommendedThreshold = 0.65;

    private const int MaxEvidenceSpans = 8;

    private readonly SuggestionCandidate[] _candidates;
    private readonly HashSet<int>[] _candidateWords;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Term[]> _index;

    /// <param name="candidates">The codes that may be suggested, usually the code sets valid on the date of service.</param>
    /// <param name="terms">Synonyms and index terms; null for <see cref="SuggestionTerms.Default"/>. Terms whose code is not a candidate are ignored.</param>
    public CodeSuggester(IEnumerable<SuggestionCandidate> candidates, IEnumerable<SuggestionTerm>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var unique = new Dictionary<(CodeSystem, string), SuggestionCandidate>();
        foreach (var candidate in candidates)
        {
            unique.TryAdd((candidate.System, candidate.Code), candidate);
        }

        _candidates = [.. unique.Values.OrderBy(c => c.System).ThenBy(c => c.Code, StringComparer.Ordinal)];
        _candidateWords = new HashSet<int>[_candidates.Length];
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var built = new List<Term>(_candidates.Length * 2);
        for (var i = 0; i < _candidates.Length; i++)
        {
            byCode.TryAdd(_candidates[i].Code, i);
            var term = DescriptionTerm(i, _candidates[i]);
            _candidateWords[i] = [.. term?.Required ?? []];
            if (term is not null)
            {
                built.Add(term);
            }
        }

        foreach (var synonym in terms ?? SuggestionTerms.Default)
        {
            if (byCode.TryGetValue(synonym.Code, out var candidate))
            {
                var term = SynonymTerm(candidate, synonym.Phrase);
                if (term is not null)
                {
                    built.Add(term);
                }
            }
        }

        // Each term is filed under its rarest word, so a note word looks up only the few terms that can match there.
        var frequency = new Dictionary<int, int>();
        foreach (var term in built)
        {
            foreach (var word in term.Required)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var index = new Dictionary<int, List<Term>>();
        foreach (var term in built)
        {
            var anchor = term.Required[0];
            foreach (var word in term.Required)
            {
                if (frequency[word] < frequency[anchor])
                {
                    anchor = word;
                }
            }

            if (!index.TryGetValue(anchor, out var list))
            {
                index[anchor] = list = [];
            }

            list.Add(term);
        }

        _index = index.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The number of codes this suggester can propose.</summary>
    public int CandidateCount => _candidates.Length;

    /// <summary>
    /// Codes the note supports with at least <paramref name="minimumConfidence"/>, diagnoses first,
    /// then by confidence (highest first) and code. The same note always gives the same list.
    /// </summary>
    public IReadOnlyList<CodeSuggestion> Suggest(string noteText, double minimumConfidence = RecommendedThreshold)
    {
        ArgumentNullException.ThrowIfNull(noteText);
        var tokens = NoteTokenizer.Tokenize(noteText);
        var ids = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            ids[i] = _vocabulary.TryGetValue(tokens[i].Word, out var id) ? id : -1;
        }

        var mentions = new List<Mention>();
        var sentenceStart = 0;
        while (sentenceStart < tokens.Count)
        {
            var sentenceEnd = sentenceStart + 1;
            while (sentenceEnd < tokens.Count && tokens[sentenceEnd].Sentence == tokens[sentenceStart].Sentence)
            {
                sentenceEnd++;
            }

            MatchSentence(tokens, ids, sentenceStart, sentenceEnd, mentions);
            sentenceStart = sentenceEnd;
        }

        // Several terms of one code matching in one sentence are one mention: keep the strongest.
        var perSentence = new Dictionary<(int Candidate, int Sentence), (double Weight, EvidenceSpan Span)>();
        foreach (var mention in mentions)
        {
            var weight = Weigh(tokens, mention);
            var first = tokens[mention.First];
            var last = tokens[mention.Last];
            var key = (mention.Term.Candidate, first.Sentence);
            if (weight > 0 && (!perSentence.TryGetValue(key, out var best) || weight > best.Weight))
            {
                perSentence[key] = (weight, new EvidenceSpan(first.Start, last.Start + last.Length - first.Start));
            }
        }

        var scores = new Dictionary<int, Score>();
        foreach (var ((candidateIndex, _), (weight, span)) in perSentence)
        {
            if (!scores.TryGetValue(candidateIndex, out var score))
            {
                scores[candidateIndex] = score = new Score();
            }

            score.Miss *= 1 - weight;
            score.Evidence.Add(span);
        }

        var suggestions = new List<CodeSuggestion>(scores.Count);
        foreach (var (candidateIndex, score) in scores)
        {
            var confidence = Math.Round(1 - score.Miss, 3);
            if (confidence < minimumConfidence)
            {
                continue;
            }

            var candidate = _candidates[candidateIndex];
            var evidence = score.Evidence.Distinct().OrderBy(e => e.Start).ThenBy(e => e.Length).Take(MaxEvidenceSpans).ToArray();
            suggestions.Add(new CodeSuggestion(candidate.Code, candidate.System, candidate.Description, confidence, evidence));
        }

        suggestions.Sort(static (a, b) =>
        {
            var bySystem = (a.System == CodeSystem.Icd10Cm ? 0 : 1).CompareTo(b.System == CodeSystem.Icd10Cm ? 0 : 1);
            if (bySystem != 0)
            {
                return bySystem;
            }

            var byConfidence = b.Confidence.CompareTo(a.Confidence);
            return byConfidence != 0 ? byConfidence : string.CompareOrdinal(a.Code, b.Code);
        });
        return suggestions;
    }

    private void MatchSentence(List<NoteToken> tokens, int[] ids, int start, int end, List<Mention> mentions)
    {
        var found = new List<Mention>();
        for (var p = start; p < end; p++)
        {
            if (ids[p] < 0 || !_index.TryGetValue(ids[p], out var terms))
            {
                continue;
            }

            foreach (var term in terms)
            {
                var positions = term.Ordered ? MatchPhrase(term, ids, p, start, end) : MatchNearby(term, ids, p, start, end);
                if (positions is null || found.Exists(m => m.Term == term))
                {
                    continue;
                }

                var optional = 0;
                foreach (var word in term.Optional)
                {
                    if (Array.IndexOf(ids, word, start, end - start) >= 0)
                    {
                        optional++;
                    }
                }

                found.Add(new Mention(term, positions, positions.Min(), positions.Max(), optional));
            }
        }

        // The most specific code wins: a match whose words are all inside another match of the same system
        // (E11.9 inside E11.65, "hypertension" inside "pulmonary hypertension") is dropped.
        foreach (var mention in found)
        {
            var system = _candidates[mention.Term.Candidate].System;
            var keep = true;
            foreach (var other in found)
            {
                if (ReferenceEquals(other, mention) || _candidates[other.Term.Candidate].System != system || other.Term.Candidate == mention.Term.Candidate)
                {
                    continue;
                }

                var inside = mention.Positions.All(other.Positions.Contains);
                if (!inside)
                {
                    continue;
                }

                if (other.Positions.Length > mention.Positions.Length || Better(other, mention))
                {
                    keep = false;
                    break;
                }
            }

            if (keep)
            {
                mentions.Add(mention);
            }
        }
    }

    /// <summary>Between two codes matched on exactly the same words: more optional words seen, then the better term, then the shorter description, then code order.</summary>
    private bool Better(Mention a, Mention b)
    {
        if (a.Positions.Length != b.Positions.Length)
        {
            return a.Positions.Length > b.Positions.Length;
        }

        if (a.OptionalSeen != b.OptionalSeen)
        {
            return a.OptionalSeen > b.OptionalSeen;
        }

        if (a.Term.Quality != b.Term.Quality)
        {
            return a.Term.Quality > b.Term.Quality;
        }

        if (a.Term.Optional.Length != b.Term.Optional.Length)
        {
            return a.Term.Optional.Length < b.Term.Optional.Length;
        }

        return string.CompareOrdinal(_candidates[a.Term.Candidate].Code, _candidates[b.Term.Candidate].Code) < 0;
    }

    private static int[]? MatchPhrase(Term term, int[] ids, int p, int start, int end)
    {
        var offset = Array.IndexOf(term.Required, ids[p]);
        var first = p - offset;
        if (first < start || first + term.Required.Length > end)
        {
            return null;
        }

        var positions = new int[term.Required.Length];
        for (var k = 0; k < term.Required.Length; k++)
        {
            if (ids[first + k] != term.Required[k])
            {
                return null;
            }

            positions[k] = first + k;
        }

        return positions;
    }

    private static int[]? MatchNearby(Term term, int[] ids, int p, int start, int end)
    {
        var positions = new int[term.Required.Length];
        for (var k = 0; k < term.Required.Length; k++)
        {
            var best = -1;
            for (var q = start; q < end; q++)
            {
                if (ids[q] == term.Required[k] && (best < 0 || Math.Abs(q - p) < Math.Abs(best - p)))
                {
                    best = q;
                }
            }

            if (best < 0)
            {
                return null;
            }

            positions[k] = best;
        }

        var span = positions.Max() - positions.Min() + 1;
        return span <= (term.Required.Length * 3) + 3 ? positions.Distinct().Order().ToArray() : null;
    }

    private double Weigh(List<NoteToken> tokens, Mention mention)
    {
        var candidate = _candidates[mention.Term.Candidate];
        var isDiagnosis = candidate.System == CodeSystem.Icd10Cm;
        var section = tokens[mention.First].Section;
        var weight = SectionWeight(section, isDiagnosis) * mention.Term.Quality;
        if (weight <= 0)
        {
            return 0;
        }

        var context = MentionContext.Read(tokens, mention.First, mention.Last, isDiagnosis);
        var aboutHistory = candidate.Description.Contains("history", StringComparison.OrdinalIgnoreCase);
        if (context.Negated || (context.Family && !aboutHistory) || context.NotPerformed)
        {
            return 0;
        }

        if (context.Historical && !isDiagnosis)
        {
            // "s/p knee injection": a procedure done before is not billed today.
            return 0;
        }

        if (context.Historical && !aboutHistory)
        {
            if (context.Resolved || section == NoteSection.PastHistory)
            {
                return 0;
            }

            weight *= 0.5;
        }

        if (context.Uncertain)
        {
            // Outpatient coding reports an uncertain diagnosis ("probable", "rule out") by its symptoms instead.
            weight *= 0.35;
        }

        return weight;
    }

    private static double SectionWeight(NoteSection section, bool diagnosis) => diagnosis
        ? section switch
        {
            NoteSection.Assessment => 0.95,
            NoteSection.ChiefComplaint => 0.45,
            NoteSection.PresentIllness => 0.4,
            NoteSection.Procedure => 0.5,
            NoteSection.Tests => 0.35,
            NoteSection.Plan => 0.5,
            NoteSection.Exam => 0.3,
            NoteSection.PastHistory => 0.3,
            NoteSection.SocialHistory => 0.4,
            NoteSection.ReviewOfSystems => 0.2,
            NoteSection.Medications => 0.1,
            NoteSection.Allergies or NoteSection.FamilyHistory => 0,
            _ => 0.4,
        }
        : section switch
        {
            NoteSection.Procedure => 0.95,
            NoteSection.Tests => 0.85,
            NoteSection.Assessment or NoteSection.Plan => 0.7,
            NoteSection.Exam => 0.4,
            NoteSection.ChiefComplaint or NoteSection.PresentIllness => 0.25,
            NoteSection.PastHistory or NoteSection.Allergies or NoteSection.FamilyHistory or NoteSection.Medications => 0,
            _ => 0.3,
        };

    private Term? DescriptionTerm(int candidate, SuggestionCandidate code)
    {
        var required = new List<int>();
        var optional = new List<int>();
        var description = code.Description;
        var demoMark = description.IndexOf("(demo text)", StringComparison.OrdinalIgnoreCase);
        if (demoMark >= 0)
        {
            description = description[..demoMark];
        }

        // The 7th-character tail (", initial encounter", ", sequela") is rarely written in a note: optional.
        var tail = description.Length;
        foreach (var marker in EncounterTails)
        {
            var at = description.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at < tail)
            {
                tail = at;
            }
        }

        var depth = 0;
        var optionalUntilComma = false;
        var word = new StringBuilder();
        for (var i = 0; i <= description.Length; i++)
        {
            var c = i < description.Length ? description[i] : ' ';
            if (char.IsLetterOrDigit(c) || (c == '\'' && word.Length > 0 && i + 1 < description.Length && char.IsLetter(description[i + 1])))
            {
                if (c != '\'')
                {
                    word.Append(char.ToLowerInvariant(c));
                }

                continue;
            }

            if (word.Length > 0)
            {
                var normalized = NoteTokenizer.Normalize(word.ToString());
                word.Clear();
                if (normalized is "without" or "except" or "excluding")
                {
                    optionalUntilComma = true;
                }
                else if (!StopWords.Contains(normalized))
                {
                    var id = WordId(normalized);
                    var target = depth > 0 || optionalUntilComma || i > tail || OptionalWords.Contains(normalized) ? optional : required;
                    if (!target.Contains(id))
                    {
                        target.Add(id);
                    }
                }
            }

            switch (c)
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',':
                    optionalUntilComma = false;
                    break;
            }
        }

        optional.RemoveAll(required.Contains);
        if (required.Count == 0)
        {
            return null;
        }

        // A one-word description ("Pain, unspecified", "Other disorders of prostate") is too loose to trust from a
        // single mention: it needs a second mention or a synonym to pass the threshold.
        var generic = description.StartsWith("Other", StringComparison.OrdinalIgnoreCase) || description.Contains("disorders of", StringComparison.OrdinalIgnoreCase);
        if (generic && required.Count == 1)
        {
            return null;
        }

        var quality = required.Count == 1 ? 0.5 : 0.9;
        return new Term(candidate, [.. required], [.. optional], Ordered: false, quality);
    }

    private Term? SynonymTerm(int candidate, string phrase)
    {
        var ordered = !phrase.Contains("...", StringComparison.Ordinal);
        var words = new List<int>();
        foreach (var token in NoteTokenizer.Tokenize(phrase.Replace("...", " ", StringComparison.Ordinal)))
        {
            var id = WordId(token.Word);
            if (ordered || !words.Contains(id))
            {
                words.Add(id);
            }
        }

        return words.Count == 0 ? null : new Term(candidate, [.. words], [], ordered, ordered ? 0.95 : 0.9);
    }

    private int WordId(string word)
    {
        if (!_vocabulary.TryGetValue(word, out var id))
        {
            id = _vocabulary.Count;
            _vocabulary[word] = id;
        }

        return id;
    }

    private static readonly string[] EncounterTails = [", initial encounter", ", subsequent encounter", ", sequela"];

    /// <summary>Words that carry no meaning for matching: a note never has to say them.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "with", "in", "on", "to", "for", "by", "as", "at", "from", "due", "into",
        "unspecified", "other", "specified", "site", "not", "elsewhere", "classified", "nos", "mellitus", "type", "any", "part",
        "demo", "text", "is", "are", "be", "than", "more", "each", "per", "up",
    };

    /// <summary>Words that sharpen a description but that notes usually leave out; seeing them breaks ties.</summary>
    private static readonly HashSet<string> OptionalWords = new(StringComparer.Ordinal)
    {
        "unilateral", "primary", "essential", "acute", "chronic", "current", "simple", "complete", "initial", "subsequent", "encounter", "sequela",
        "uncomplicated", "region", "native", "artery",
    };

    private sealed record Term(int Candidate, int[] Required, int[] Optional, bool Ordered, double Quality);

    private sealed record Mention(Term Term, int[] Positions, int First, int Last, int OptionalSeen);

    private sealed class Score
    {
        public double Miss { get; set; } = 1;

        public List<EvidenceSpan> Evidence { get; } = [];
    }
}
