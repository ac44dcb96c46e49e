package org.peerplanner.domain.gap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.format.SessionFormat;

/**
 * Something a team wants to learn, with its lifecycle as rules:
 * <pre>
 * OPEN ──plan──▶ PLANNED ──markAddressed──▶ ADDRESSED ──close──▶ CLOSED
 *   │              │                                               ▲
 *   ├──decline─────┴──▶ DECLINED                                   │
 *   └──close (OPEN or PLANNED too: an obsolete gap, with a note)───┘
 * CLOSED / DECLINED ──reopen──▶ OPEN        (not when merged into another gap)
 * </pre>
 * Every change leaves a line in the history; breaking a rule throws {@link InvalidInputException}
 * with a sentence a person understands, and changes nothing.
 */
// Over 400 lines on purpose: mostly mapping, and the lifecycle rules stay beside the state they guard.
@Entity
@Table(name = "knowledge_gap")
public class KnowledgeGap {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_TAG = 60;
    /** How the history names the article that closed a gap; read back by {@link GapLookup#closedWithEvidence}. */
    static final String CLOSED_WITH_ARTICLE = "Closed with article: ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private GapSource source;

    @Column(name = "source_reference", length = MAX_REFERENCE)
    private String sourceReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Urgency urgency;

    @Column(nullable = false)
    private boolean confidential;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GapOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GapStatus status;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    /** Votes counted by a retro tool and imported as a number: they count, but belong to nobody. */
    @Column(name = "imported_votes", nullable = false)
    private int importedVotes;

    @Column(name = "session_reference", length = MAX_REFERENCE)
    private String sessionReference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private KnowledgeGap mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "gap_tag", joinColumns = @JoinColumn(name = "gap_id"))
    @Column(name = "tag", nullable = false, length = MAX_TAG)
    @OrderBy
    @BatchSize(size = 100) // a page of gaps loads its tags in one query
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "gap_preferred_format", joinColumns = @JoinColumn(name = "gap_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "session_format", nullable = false, length = 20)
    @BatchSize(size = 100)
    private Set<SessionFormat> preferredFormats = EnumSet.noneOf(SessionFormat.class);

    // Votes and offers do not bump the version: a vote must not turn a manager's edit into a conflict.
    @OneToMany(mappedBy = "gap", cascade = CascadeType.ALL, orphanRemoval = true)
    @OptimisticLock(excluded = true)
    @BatchSize(size = 100)
    private List<GapVote> votes = new ArrayList<>();

    @OneToMany(mappedBy = "gap", cascade = CascadeType.ALL, orphanRemoval = true)
    @OptimisticLock(excluded = true)
    @OrderBy("offeredAt, id")
    @BatchSize(size = 100)
    private List<GapOffer> offers = new ArrayList<>();

    // No REMOVE, no orphan removal: history is never deleted. MERGE so that merging a detached gap
    // carries its new lines instead of Hibernate replacing them with empty copies.
    @OneToMany(mappedBy = "gap", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OptimisticLock(excluded = true)
    @OrderBy("happenedAt, id")
    private List<GapHistoryEntry> history = new ArrayList<>();

    protected KnowledgeGap() {
    }

    private KnowledgeGap(long teamId, GapOrigin origin, long reporterId, LocalDate reportedOn, Instant createdAt) {
        this.teamId = teamId;
        this.origin = origin;
        this.reporterId = reporterId;
        this.reportedOn = reportedOn;
        this.createdAt = createdAt;
        this.status = GapStatus.OPEN;
    }

    /** A new open gap; {@code note} says how it came (for example "Imported from row 4"), may be null. */
    public static KnowledgeGap log(long teamId, GapDraft draft, GapOrigin origin, long reporterId, LocalDate reportedOn,
                                   PersonRef by, Instant at, String note) {
        var gap = new KnowledgeGap(teamId, origin, reporterId, reportedOn, at);
        gap.describe(draft);
        gap.record(GapEvent.LOGGED, null, GapStatus.OPEN, note, by, at, null);
        return gap;
    }

    /** New wording and settings; title and urgency changes are kept in the history. */
    public void revise(GapDraft draft, PersonRef by, Instant at) {
        String oldTitle = title;
        Urgency oldUrgency = urgency;
        describe(draft);
        if (!oldTitle.equals(title)) {
            record(GapEvent.EDITED, status, status, "Title changed from “" + oldTitle + "” to “" + title + "”.", by,
                    at, null);
        }
        if (oldUrgency != urgency) {
            record(GapEvent.EDITED, status, status,
                    "Urgency changed from " + oldUrgency.label() + " to " + urgency.label() + ".", by, at, null);
        }
    }

    /** Moves the report to someone else or another day, for example when logging on a member's behalf. */
    public void attributeTo(long newReporterId, LocalDate newReportedOn) {
        this.reporterId = newReporterId;
        this.reportedOn = newReportedOn;
    }

    // ---------------------------------------------------------------- lifecycle

    /** A session is scheduled for this gap. */
    public void plan(String session, PersonRef by, Instant at) {
        if (status == GapStatus.PLANNED) {
            throw refuse("A session is already planned for this gap (" + sessionReference
                    + "). Mark the gap addressed once that session has taken place.");
        }
        if (status == GapStatus.ADDRESSED) {
            throw refuse("A session already addressed this gap. Close it, or if it needs more, close it and log a follow-up gap.");
        }
        requireStatus("planned", GapStatus.OPEN);
        String reference = required("sessionReference", session, MAX_REFERENCE,
                "Say which session will address this gap, for example its date and title.");
        this.sessionReference = reference;
        change(GapEvent.PLANNED, GapStatus.PLANNED, reference, by, at);
    }

    /** The planned session was held. */
    public void markAddressed(String note, PersonRef by, Instant at) {
        if (status == GapStatus.OPEN) {
            throw refuse("No session is planned for this gap yet. Plan one first; mark the gap addressed once it was held.");
        }
        requireStatus("marked addressed", GapStatus.PLANNED);
        change(GapEvent.ADDRESSED, GapStatus.ADDRESSED, optional(note), by, at);
    }

    /**
     * A manager confirms the gap is dealt with. Allowed from OPEN and PLANNED too: a gap can become
     * obsolete (the technology was dropped, someone learned it elsewhere); the required note says why.
     */
    public void close(String note, PersonRef by, Instant at) {
        if (status == GapStatus.DECLINED) {
            throw refuse("This gap was declined, which already ends it. Reopen it first if it should be closed instead.");
        }
        requireStatus("closed", GapStatus.OPEN, GapStatus.PLANNED, GapStatus.ADDRESSED);
        String text = required("note", note, GapHistoryEntry.MAX_NOTE,
                "Add a note on how this gap was closed, for example what the session covered or why it is obsolete.");
        change(GapEvent.CLOSED, GapStatus.CLOSED, text, by, at);
    }

    /**
     * Closing the loop: the session was held (ADDRESSED) and an article now holds what was learned.
     * The history names the article, so anyone can follow the gap to its evidence.
     */
    public void closeWithEvidence(String articleTitle, PersonRef by, Instant at) {
        if (status != GapStatus.ADDRESSED) {
            throw refuse("Only a gap whose session was held (addressed) can be closed with an article as evidence;"
                    + " this one is " + status.label().toLowerCase() + ".");
        }
        String title = required("note", articleTitle, GapHistoryEntry.MAX_NOTE - 30, "Name the article that closes the gap.");
        change(GapEvent.CLOSED, GapStatus.CLOSED, CLOSED_WITH_ARTICLE + title, by, at);
    }

    /** The team decides not to address the gap. */
    public void decline(String reason, PersonRef by, Instant at) {
        if (status == GapStatus.ADDRESSED) {
            throw refuse("A session already addressed this gap: close it instead of declining it.");
        }
        requireStatus("declined", GapStatus.OPEN, GapStatus.PLANNED);
        String text = required("note", reason, GapHistoryEntry.MAX_NOTE,
                "Give a reason for declining, so the people who asked for it understand.");
        this.sessionReference = null;
        change(GapEvent.DECLINED, GapStatus.DECLINED, text, by, at);
    }

    /** A closed or declined gap needs attention again. */
    public void reopen(String note, PersonRef by, Instant at) {
        if (mergedInto != null) {
            throw refuse("This gap was merged into #" + mergedInto.getId() + ": work on that gap instead.");
        }
        if (status.isOpen()) {
            throw refuse("This gap is still " + status.label().toLowerCase() + ", so there is nothing to reopen.");
        }
        requireStatus("reopened", GapStatus.CLOSED, GapStatus.DECLINED);
        String text = required("note", note, GapHistoryEntry.MAX_NOTE, "Add a note on why this gap needs attention again.");
        this.sessionReference = null;
        change(GapEvent.REOPENED, GapStatus.OPEN, text, by, at);
    }

    // ---------------------------------------------------------------- votes and offers

    /** "Me too." Voting again changes nothing. Returns whether a vote was added. */
    public boolean vote(long personId, Instant at) {
        requireOpenFor("vote on");
        if (hasVoteOf(personId)) {
            return false;
        }
        votes.add(new GapVote(this, personId, at));
        return true;
    }

    /** Takes a vote back; nothing happens when there was none. Returns whether a vote was removed. */
    public boolean unvote(long personId) {
        return votes.removeIf(v -> v.getPersonId() == personId);
    }

    /** "I can teach this." Offering again only updates the note. */
    public void offerToTeach(long personId, String note, Instant at) {
        requireOpenFor("offer to teach");
        String text = optionalLimited("note", note, GapOffer.MAX_NOTE, "A note on an offer has at most 500 characters.");
        offerOf(personId).ifPresentOrElse(o -> o.rephrase(text), () -> offers.add(new GapOffer(this, personId, text, at)));
    }

    public boolean withdrawOffer(long personId) {
        return offers.removeIf(o -> o.getPersonId() == personId);
    }

    /** Votes a retro tool counted, added by an import (the people behind them are unknown). */
    public void addImportedVotes(int count, String note, PersonRef by, Instant at) {
        if (count < 0) {
            throw InvalidInputException.of("votes", "Votes cannot be negative.");
        }
        importedVotes += count;
        record(GapEvent.VOTES_IMPORTED, status, status, note, by, at, null);
    }

    // ---------------------------------------------------------------- merge

    /**
     * This gap is a duplicate of {@code survivor}. Votes and offers move to the survivor (one per
     * person: the survivor's own one wins), tags and formats are united, the history is copied so
     * the survivor tells the whole story, and this gap stays as a closed record pointing at it.
     */
    public void mergeInto(KnowledgeGap survivor, String note, PersonRef by, Instant at) {
        checkMerge(survivor);
        String text = optionalLimited("note", note, GapHistoryEntry.MAX_NOTE, "A note has at most 1000 characters.");
        history.forEach(line -> survivor.history.add(line.copyFor(survivor, id)));
        votes.stream().filter(v -> !survivor.hasVoteOf(v.getPersonId()))
                .forEach(v -> survivor.votes.add(new GapVote(survivor, v.getPersonId(), v.getVotedAt())));
        offers.stream().filter(o -> survivor.offerOf(o.getPersonId()).isEmpty())
                .forEach(o -> survivor.offers.add(new GapOffer(survivor, o.getPersonId(), o.getNote(), o.getOfferedAt())));
        votes.clear();
        offers.clear();
        survivor.importedVotes += importedVotes;
        importedVotes = 0;
        survivor.addTags(tags);
        survivor.preferredFormats.addAll(preferredFormats);
        GapStatus from = status;
        status = GapStatus.CLOSED;
        mergedInto = survivor;
        record(GapEvent.MERGED_INTO, from, GapStatus.CLOSED, join("Merged into #" + survivor.id + ".", text), by, at,
                survivor.id);
        survivor.record(GapEvent.MERGED_IN, survivor.status, survivor.status, join("#" + id + " merged in.", text), by,
                at, id);
    }

    private void checkMerge(KnowledgeGap survivor) {
        if (survivor == this || (id != null && id.equals(survivor.id))) {
            throw InvalidInputException.of("intoId", "A gap cannot be merged into itself.");
        }
        if (teamId != survivor.teamId) {
            throw InvalidInputException.of("intoId", "Only gaps of the same team can be merged.");
        }
        if (mergedInto != null) {
            throw InvalidInputException.of("duplicateId", "This gap was already merged into #" + mergedInto.getId() + ".");
        }
        if (!status.isOpen()) {
            throw InvalidInputException.of("duplicateId", "Only an open or planned gap can be merged into another; this one is "
                    + status.label().toLowerCase() + ".");
        }
        if (survivor.mergedInto != null || !survivor.status.isOpen()) {
            throw InvalidInputException.of("intoId", "Merge into an open or planned gap; that one is "
                    + (survivor.mergedInto != null ? "itself merged into #" + survivor.mergedInto.getId()
                    : survivor.status.label().toLowerCase()) + ".");
        }
        if (confidential && !survivor.confidential) {
            throw InvalidInputException.of("intoId", "A confidential gap can only be merged into another confidential gap,"
                    + " so what was said in confidence stays private.");
        }
    }

    // ---------------------------------------------------------------- helpers

    private void describe(GapDraft draft) {
        this.title = draft.title();
        this.description = draft.description();
        this.source = draft.source();
        this.sourceReference = draft.sourceReference();
        this.urgency = draft.urgency();
        this.confidential = draft.confidential();
        replaceTags(draft.tags());
        preferredFormats.clear();
        preferredFormats.addAll(draft.preferredFormats());
    }

    private void replaceTags(Collection<String> newTags) {
        tags.clear();
        addTags(newTags);
    }

    private void addTags(Collection<String> newTags) {
        var keys = new java.util.HashSet<String>();
        tags.forEach(t -> keys.add(GapTags.key(t)));
        for (String tag : List.copyOf(newTags)) {
            String clean = GapTags.clean(tag);
            if (!clean.isEmpty() && keys.add(GapTags.key(clean))) {
                tags.add(clean);
            }
        }
    }

    private void change(GapEvent event, GapStatus to, String note, PersonRef by, Instant at) {
        GapStatus from = status;
        status = to;
        record(event, from, to, note, by, at, null);
    }

    private void record(GapEvent event, GapStatus from, GapStatus to, String note, PersonRef by, Instant at,
                        Long relatedGapId) {
        history.add(new GapHistoryEntry(this, at, by, event, from, to, note, relatedGapId));
    }

    private void requireStatus(String verb, GapStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw refuse("This gap is " + status.label().toLowerCase() + ", so it cannot be " + verb + ".");
        }
    }

    private void requireOpenFor(String verb) {
        if (!status.isOpen()) {
            throw refuse("This gap is " + status.label().toLowerCase() + ": you can only " + verb
                    + " a gap that is open or planned.");
        }
    }

    private static InvalidInputException refuse(String message) {
        return InvalidInputException.of("status", message);
    }

    private static String required(String field, String text, int max, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, whenMissing);
        }
        return optionalLimited(field, text, max, "Use at most " + max + " characters.");
    }

    private static String optional(String note) {
        return optionalLimited("note", note, GapHistoryEntry.MAX_NOTE, "A note has at most 1000 characters.");
    }

    private static String optionalLimited(String field, String text, int max, String tooLong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw InvalidInputException.of(field, tooLong);
        }
        return stripped;
    }

    private static String join(String fixed, String note) {
        return note == null ? fixed : fixed + " " + note;
    }

    private Optional<GapOffer> offerOf(long personId) {
        return offers.stream().filter(o -> o.getPersonId() == personId).findFirst();
    }

    // ---------------------------------------------------------------- reading

    public boolean hasVoteOf(long personId) {
        return votes.stream().anyMatch(v -> v.getPersonId() == personId);
    }

    public boolean hasOfferOf(long personId) {
        return offerOf(personId).isPresent();
    }

    /** Votes of people plus imported votes: what the priority counts. */
    public int totalVotes() {
        return votes.size() + importedVotes;
    }

    public int voterCount() {
        return votes.size();
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public Long getMergedIntoId() {
        return mergedInto == null ? null : mergedInto.getId();
    }

    public KnowledgeGap getMergedInto() {
        return mergedInto;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public GapSource getSource() {
        return source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public GapOrigin getOrigin() {
        return origin;
    }

    public GapStatus getStatus() {
        return status;
    }

    public long getReporterId() {
        return reporterId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public int getImportedVotes() {
        return importedVotes;
    }

    public String getSessionReference() {
        return sessionReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public Set<SessionFormat> getPreferredFormats() {
        return preferredFormats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(preferredFormats));
    }

    public List<GapVote> getVotes() {
        return List.copyOf(votes);
    }

    public List<GapOffer> getOffers() {
        return List.copyOf(offers);
    }

    public List<GapHistoryEntry> getHistory() {
        return List.copyOf(history);
    }
}
