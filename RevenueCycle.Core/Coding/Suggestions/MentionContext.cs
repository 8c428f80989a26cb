namespace RevenueCycle.Core.Coding.Suggestions;

/// <summary>
/// What the words around a mention say about it, NegEx-style: trigger words before the mention (up to
/// <see cref="WindowBefore"/> words, within its clause) or after it (up to <see cref="WindowAfter"/>
/// words, within its sentence), stopped early by "but", "however" and the like.
/// </summary>
internal readonly record struct MentionContext(bool Negated, bool Historical, bool Resolved, bool Family, bool Uncertain, bool NotPerformed)
{
    private const int WindowBefore = 8;
    private const int WindowAfter = 6;

    public static MentionContext Read(List<NoteToken> tokens, int first, int last, bool diagnosis)
    {
        bool negated = false, historical = false, family = false, uncertain = false, notPerformed = false;
        var sentence = tokens[first].Sentence;
        var clause = tokens[first].Clause;

        for (var i = first - 1; i >= 0 && i >= first - WindowBefore; i--)
        {
            var token = tokens[i];
            if (token.Sentence != sentence || token.Clause != clause || Terminators.Contains(token.Word))
            {
                break;
            }

            var word = token.Word;
            var next = i + 1 < first ? tokens[i + 1].Word : "";
            if (NegationsBefore.Contains(word) || (word == "rule" && next == "out" && !diagnosis))
            {
                negated = true;
            }
            else if ((word == "history" && next == "of") || (word == "hx" && next == "of") || (word == "s" && next == "p")
                || (word == "status" && next == "post") || word is "previous" or "previously" or "prior" or "former" or "remote")
            {
                historical = true;
            }
            else if (Relatives.Contains(word) || (word == "family" && next == "history"))
            {
                family = true;
            }
            else if (Uncertainty.Contains(word) || (word == "rule" && next == "out") || (word == "r" && next == "o") || (word == "concern" && next == "for"))
            {
                uncertain = true;
            }
            else if (!diagnosis && Planned.Contains(word))
            {
                notPerformed = true;
            }
        }

        for (var i = last + 1; i < tokens.Count && i <= last + WindowAfter; i++)
        {
            var token = tokens[i];
            if (token.Sentence != sentence || Terminators.Contains(token.Word))
            {
                break;
            }

            var word = token.Word;
            var next = i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence ? tokens[i + 1].Word : "";
            if (diagnosis)
            {
                if ((word == "ruled" && next == "out") || (word == "not" && next is "suspected" or "present" or "seen" or "found" or "likely")
                    || word is "unlikely" or "excluded" or "negative")
                {
                    negated = true;
                }
                else if (word is "resolved" or "recovered" or "eradication" || (word == "no" && next == "recurrence") || (word == "none" && next == "since"))
                {
                    historical = true;
                    negated = true;
                }
                else if ((word == "s" && next == "p") || (word == "status" && next == "post"))
                {
                    historical = true;
                    negated = true;
                }
                else if (word is "suspected" or "possible" or "probable")
                {
                    uncertain = true;
                }
            }
            else if (word is "ordered" or "scheduled" or "declined" or "deferred" or "outside" or "recommended" || (word == "not" && next is "indicated" or "done" or "performed" or "needed")
                || (word == "next" && next == "visit"))
            {
                notPerformed = true;
            }
        }

        var resolved = false;
        if (historical)
        {
            for (var i = first; i < tokens.Count && tokens[i].Sentence == sentence; i++)
            {
                var word = tokens[i].Word;
                if (ResolutionCues.Contains(word) || (word.Length == 4 && word.StartsWith("19", StringComparison.Ordinal)) || (word.Length == 4 && word.StartsWith("20", StringComparison.Ordinal) && char.IsDigit(word[2])))
                {
                    resolved = true;
                    break;
                }
            }
        }

        return new MentionContext(negated, historical, resolved, family, uncertain, notPerformed);
    }

    private static readonly HashSet<string> NegationsBefore = new(StringComparer.Ordinal)
    {
        "no", "not", "denies", "denied", "deny", "denying", "without", "negative", "never", "absent", "absence", "free", "nor", "neither", "non",
    };

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal)
    {
        "mother", "father", "sister", "brother", "grandmother", "grandfather", "aunt", "uncle", "sibling", "cousin", "parent",
        "maternal", "paternal", "mom", "dad", "grandparent", "son", "daughter",
    };

    private static readonly HashSet<string> Uncertainty = new(StringComparer.Ordinal)
    {
        "possible", "possibly", "probable", "probably", "suspected", "suspect", "suspicious", "likely", "questionable", "presumed", "versus", "vs",
    };

    private static readonly HashSet<string> Planned = new(StringComparer.Ordinal)
    {
        "will", "plan", "planned", "schedule", "scheduled", "recommend", "recommended", "order", "ordered", "refer", "referred", "consider", "declined",
        "deferred", "next", "future", "candidate",
    };

    private static readonly HashSet<string> Terminators = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "except", "aside", "yet", "which", "whereas",
    };

    private static readonly HashSet<string> ResolutionCues = new(StringComparer.Ordinal)
    {
        "resolved", "resolution", "recovered", "treated", "repair", "repaired", "removed", "childhood", "ago", "age", "since", "recurrence", "remission", "cured",
        "eradication", "extruded", "passed", "infancy",
    };
}
