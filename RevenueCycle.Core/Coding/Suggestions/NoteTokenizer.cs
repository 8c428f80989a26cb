using System.Text;

namespace RevenueCycle.Core.Coding.Suggestions;

/// <summary>One word of a note: where it is, its normalized form, and the sentence, clause and section it belongs to.</summary>
internal readonly record struct NoteToken(int Start, int Length, string Word, int Sentence, int Clause, NoteSection Section);

/// <summary>
/// Splits a note into normalized words with sentence, clause and section boundaries. Hand-written
/// scanning, no Regex: it runs on every chart open.
/// </summary>
internal static class NoteTokenizer
{
    public static List<NoteToken> Tokenize(string text)
    {
        var tokens = new List<NoteToken>(text.Length / 5);
        var headers = FindHeaders(text);
        var headerIndex = 0;
        var section = NoteSection.Other;
        var sentence = 0;
        var clause = 0;
        var word = new StringBuilder(32);
        var i = 0;
        while (i < text.Length)
        {
            if (headerIndex < headers.Count && i == headers[headerIndex].Start)
            {
                var header = headers[headerIndex++];
                section = header.Section ?? section;
                i = header.End;
                sentence++;
                clause++;
                continue;
            }

            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                word.Clear();
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        word.Append(char.ToLowerInvariant(d));
                        i++;
                    }
                    else if (d == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && word.Length > 0 && char.IsLetter(text[i - 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new NoteToken(start, i - start, Normalize(word.ToString()), sentence, clause, section));
                continue;
            }

            switch (c)
            {
                case '\n':
                case ';':
                case '?':
                case '!':
                    sentence++;
                    clause++;
                    break;
                case '.':
                    // A period ends a sentence unless it sits inside a number (A1c 8.1).
                    if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))
                    {
                        sentence++;
                        clause++;
                    }

                    break;
                case ':':
                case '(':
                case ')':
                    clause++;
                    break;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>Lower-case word to the form both notes and code descriptions are compared in.</summary>
    public static string Normalize(string word)
    {
        if (Irregular.TryGetValue(word, out var mapped))
        {
            return mapped;
        }

        if (word.Length > 4 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            if (word.EndsWith("ies", StringComparison.Ordinal))
            {
                return word[..^3] + "y";
            }

            return word[..^1];
        }

        return word;
    }

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["keratoses"] = "keratosis",
        ["diagnoses"] = "diagnosis",
        ["metastases"] = "metastasis",
        ["stenoses"] = "stenosis",
        ["knees"] = "knee",
        ["feet"] = "foot",
        ["teeth"] = "tooth",
        ["ekg"] = "ecg",
        ["electrocardiogram"] = "ecg",
        ["electrocardiography"] = "ecg",
        ["htn"] = "hypertension",
        ["mellitus"] = "mellitus",
        ["afib"] = "afib",
        ["dm2"] = "dm2",
        ["t2dm"] = "dm2",
        ["gerd"] = "gerd",
        ["copd"] = "copd",
    };

    private readonly record struct Header(int Start, int End, NoteSection? Section);

    /// <summary>
    /// Section headers: an upper-case run ending in a colon at the start of a line, or after a comma
    /// or period (the transcription samples flatten lines into ",HEADER:,").
    /// </summary>
    private static List<Header> FindHeaders(string text)
    {
        var headers = new List<Header>();
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            var start = colon;
            var letters = 0;
            while (start > 0)
            {
                var c = text[start - 1];
                if (char.IsUpper(c))
                {
                    letters++;
                }
                else if (!(char.IsDigit(c) || c is ' ' or '&' or '/' or '-' or '(' or ')' or '\''))
                {
                    break;
                }

                start--;
            }

            while (start < colon && text[start] == ' ')
            {
                start++;
            }

            if (letters < 3 || start == colon || (start > 0 && char.IsLower(text[start - 1])))
            {
                continue;
            }

            var before = start - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            if (before >= 0 && text[before] is not ('\n' or '\r' or ',' or '.'))
            {
                continue;
            }

            var end = colon + 1;
            while (end < text.Length && text[end] is ' ' or ',')
            {
                end++;
            }

            headers.Add(new Header(start, end, Classify(text[start..colon])));
        }

        return headers;
    }

    private static NoteSection? Classify(string header)
    {
        bool Has(string s) => header.Contains(s, StringComparison.Ordinal);

        if (Has("FAMILY"))
        {
            return NoteSection.FamilyHistory;
        }

        if (Has("SOCIAL"))
        {
            return NoteSection.SocialHistory;
        }

        if (Has("ALLERG"))
        {
            return NoteSection.Allergies;
        }

        if (Has("REVIEW OF SYSTEM") || header == "ROS")
        {
            return NoteSection.ReviewOfSystems;
        }

        if (Has("ASSESSMENT") || Has("IMPRESSION") || Has("DIAGNOS"))
        {
            return NoteSection.Assessment;
        }

        if (Has("MEDICATION") || Has("MEDS"))
        {
            return NoteSection.Medications;
        }

        if (Has("PRESENT") || Has("HPI") || Has("SUBJECTIVE") || Has("COURSE") || header == "HISTORY")
        {
            return NoteSection.PresentIllness;
        }

        if (Has("PAST") || Has("PMH") || Has("HISTORY"))
        {
            return NoteSection.PastHistory;
        }

        if (Has("COMPLAINT") || Has("REASON"))
        {
            return NoteSection.ChiefComplaint;
        }

        if (Has("PROCEDURE") || Has("OPERATION") || Has("PSYCHOTHERAPY") || Has("ANESTHESIA"))
        {
            return NoteSection.Procedure;
        }

        if (Has("TEST") || Has("IMAGING") || Has("SCREENING") || Has("LAB") || Has("STUDIES") || Has("RADIOLOG") || Has("EKG") || Has("ECG"))
        {
            return NoteSection.Tests;
        }

        if (Has("EXAM") || Has("OBJECTIVE") || Has("VITAL") || Has("FINDINGS"))
        {
            return NoteSection.Exam;
        }

        if (Has("PLAN") || Has("RECOMMENDATION") || Has("DISPOSITION") || Has("FOLLOW"))
        {
            return NoteSection.Plan;
        }

        // Sub-headers (HEENT:, NECK:, EXTREMITIES:) stay in the section around them.
        return null;
    }
}
