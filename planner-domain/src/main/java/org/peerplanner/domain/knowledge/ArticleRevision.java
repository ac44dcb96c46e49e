package org.peerplanner.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A full snapshot of an article as one save left it, never changed afterwards: who saved it, when,
 * and a one-line summary of what changed. Restoring an old revision writes a new one.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    public static final int MAX_SUMMARY = 500;
    /** Tags are stored joined: a snapshot is read whole, never queried by tag. */
    static final String TAG_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int number;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(nullable = false, length = Article.MAX_TITLE)
    private String title;

    @Column(nullable = false, length = Article.MAX_BODY)
    private String body;

    @Column(nullable = false, length = 1000)
    private String tags;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, long authorId, Instant savedAt, String summary) {
        this.articleId = article.getId();
        this.number = article.getRevision();
        this.authorId = authorId;
        this.savedAt = savedAt;
        this.title = article.getTitle();
        this.body = article.getBody();
        this.tags = String.join(TAG_SEPARATOR, article.getTags());
        this.summary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
    }

    public Long getId() { return id; }
    public long getArticleId() { return articleId; }
    public int getNumber() { return number; }
    public long getAuthorId() { return authorId; }
    public Instant getSavedAt() { return savedAt; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getSummary() { return summary; }

    public List<String> getTags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR));
    }
}
