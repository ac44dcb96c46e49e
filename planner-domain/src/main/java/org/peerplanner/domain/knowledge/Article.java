package org.peerplanner.domain.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.peerplanner.domain.session.Material;

/**
 * What a team learned, written down: a Markdown body with tags, links to the sessions and gaps it
 * came from, materials and a date by which someone should check it is still true. Every save is a
 * new revision (see {@link ArticleRevision}). Indexed for full-text search: title, tags and body,
 * with the team id as a filter so that a search never leaves the viewer's teams.
 */
@Entity
@Table(name = "article")
@Indexed(index = "article")
public class Article {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_TAG = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private long teamId;

    @Column(nullable = false, length = MAX_TITLE)
    @FullTextField(analyzer = KnowledgeAnalysis.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    @FullTextField(analyzer = KnowledgeAnalysis.ENGLISH, highlightable = Highlightable.UNIFIED)
    private String body;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES, searchable = Searchable.NO)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag", nullable = false, length = MAX_TAG)
    @OrderBy
    @BatchSize(size = 100)
    @FullTextField(name = "tags", analyzer = KnowledgeAnalysis.ENGLISH, highlightable = Highlightable.UNIFIED)
    @KeywordField(name = "tag", projectable = Projectable.YES)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "article_session", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "session_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> sessionIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "article_gap", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "gap_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> gapIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "article_material", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Material> materials = new ArrayList<>();

    protected Article() {
    }

    Article(long teamId, long authorId, Instant at) {
        this.teamId = teamId;
        this.authorId = authorId;
        this.createdAt = at;
        this.updatedAt = at;
        this.revision = 0;
    }

    /** Takes the draft's content; the caller has validated it. Returns whether anything changed. */
    boolean write(ArticleDraft draft, Instant at) {
        boolean changed = revision == 0 || !title.equals(draft.title()) || !body.equals(draft.body())
                || !new java.util.HashSet<>(tags).equals(new java.util.HashSet<>(draft.cleanTags())) || !java.util.Objects.equals(reviewBy, draft.reviewBy())
                || !sessionIds.equals(new LinkedHashSet<>(draft.sessionIds()))
                || !gapIds.equals(new LinkedHashSet<>(draft.gapIds())) || !materials.equals(draft.materials());
        if (!changed) {
            return false;
        }
        this.title = draft.title().strip();
        this.body = draft.body();
        this.reviewBy = draft.reviewBy();
        tags.clear();
        tags.addAll(draft.cleanTags());
        sessionIds.clear();
        sessionIds.addAll(draft.sessionIds());
        gapIds.clear();
        gapIds.addAll(draft.gapIds());
        materials.clear();
        materials.addAll(draft.materials());
        this.updatedAt = at;
        this.revision++;
        return true;
    }

    /** The review date has passed: what it says may no longer be true. */
    public boolean isStale(LocalDate today) {
        return reviewBy != null && reviewBy.isBefore(today);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getTeamId() { return teamId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public LocalDate getReviewBy() { return reviewBy; }
    public long getAuthorId() { return authorId; }
    public int getRevision() { return revision; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<String> getTags() { return List.copyOf(tags); }
    public Set<Long> getSessionIds() { return Set.copyOf(sessionIds); }
    public Set<Long> getGapIds() { return Set.copyOf(gapIds); }
    public List<Material> getMaterials() { return List.copyOf(materials); }
}
