package org.peerplanner.domain.help;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.knowledge.ArticleMarkdown;

/** Text rules shared by requests and answers: tags as the knowledge base spells them, Markdown shown safely. */
final class HelpText {

    private HelpText() {
    }

    /** Tags without blanks and duplicates; "Kafka", " kafka " and "Káfka" are one tag (the first spelling wins). */
    static List<String> cleanTags(List<String> tags) {
        var keys = new HashSet<String>();
        var clean = new ArrayList<String>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            String key = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && keys.add(key)) {
                clean.add(t);
            }
        }
        return clean;
    }

    /** The knowledge base's Markdown renderer, whose output always passes its sanitiser. */
    static String html(String markdown) {
        return ArticleMarkdown.toSafeHtml(markdown);
    }
}
