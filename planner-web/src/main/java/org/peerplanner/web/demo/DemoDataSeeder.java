package org.peerplanner.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode: seeds the sample organisation chapter by chapter, once. */
@Component
@Order(10)
@DemoMode
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final List<DemoChapter> chapters;
    private final Clock clock;

    DemoDataSeeder(List<DemoChapter> chapters, Clock clock) {
        this.chapters = chapters;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var organisation = new DemoOrganisation(LocalDate.now(clock));
        chapters.stream().sorted(Comparator.comparingInt(DemoChapter::order))
                .forEach(chapter -> chapter.seed(organisation));
        LOG.info("Demo organisation ready: sign in as riley@example.com (administrator), maria@example.com "
                + "(manager) or jonas@example.com (member), password '{}'", DemoOrganisation.PASSWORD);
    }
}
