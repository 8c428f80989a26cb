using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Notes;

/// <summary>What a note is attached to.</summary>
public enum NoteSubject
{
    Patient,
    Encounter,
    Claim,
    Denial,
    PaymentBatch,
}

/// <summary>A free-text note by a user on a work item, optionally with a follow-up date.</summary>
public sealed class Note
{
    private Note()
    {
    }

    public Note(NoteSubject subject, int subjectId, string text, string authorUserId, DateTime createdAtUtc, DateOnly? followUpOn)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("A note cannot be empty.");
        }

        Subject = subject;
        SubjectId = subjectId;
        Text = text;
        AuthorUserId = authorUserId;
        CreatedAtUtc = createdAtUtc;
        FollowUpOn = followUpOn;
    }

    public long Id { get; private set; }

    public NoteSubject Subject { get; private set; }

    public int SubjectId { get; private set; }

    public string Text { get; private set; } = "";

    public string AuthorUserId { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }
}
