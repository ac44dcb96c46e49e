package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.KnowledgeIndexWorkbook;
import org.peerplanner.web.common.DownloadLinks;
import org.springframework.stereotype.Component;

/** The knowledge base's files: the team's index as .xlsx and one article as Markdown. */
@Component
class KnowledgeDownloads {

    private final ArticleService articles;
    private final KnowledgeIndexWorkbook workbook;
    private final Clock clock;

    KnowledgeDownloads(ArticleService articles, KnowledgeIndexWorkbook workbook, Clock clock) {
        this.articles = articles;
        this.workbook = workbook;
        this.clock = clock;
    }

    Anchor indexXlsx(Actor actor, TeamSummary team) {
        var link = DownloadLinks.link("Export index (.xlsx)", event -> {
            event.setFileName(slug(team.name()) + "-knowledge-base-"
                    + LocalDate.now(clock.withZone(ZoneId.of(team.timeZone()))) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            workbook.write(team.name(), articles.index(actor, team.id()), ZoneId.of(team.timeZone()), event.getOutputStream());
        });
        link.setId("kb-export-xlsx");
        return link;
    }

    Anchor markdown(Actor actor, long articleId, String title) {
        var link = DownloadLinks.link("Download as Markdown", event -> {
            event.setFileName(slug(title) + ".md");
            event.setContentType("text/markdown; charset=utf-8");
            event.getOutputStream().write(articles.markdownFile(actor, articleId).getBytes(StandardCharsets.UTF_8));
        });
        link.setId("article-markdown");
        return link;
    }

    static String slug(String text) {
        String slug = DownloadLinks.slug(text);
        return slug.isEmpty() ? "article" : slug.substring(0, Math.min(60, slug.length()));
    }
}
