package org.peerplanner.domain.gap;

import java.text.Normalizer;
import java.util.Locale;

/** Skill tags are typed freely; "Kafka", " kafka " and "Káfka" are one tag (the first spelling wins). */
final class GapTags {

    private GapTags() {
    }

    static String clean(String tag) {
        return tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
    }

    /** Matches how the database collation compares, so two spellings never collide on the primary key. */
    static String key(String tag) {
        return Normalizer.normalize(clean(tag), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
