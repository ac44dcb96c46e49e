package org.peerplanner.domain.help;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.gap.TagTeacher;
import org.peerplanner.domain.people.HelperPeople;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Component;

/**
 * Runs {@link HelperRouting} for one request: gathers who could help (skills, offers to teach, time off, recent
 * load), asks the next three, writes why each was chosen, and sets when the next round is due. Confidential requests
 * are never routed: only the people the asker picked may see them, and those were told when it was asked.
 */
@Component
class HelpRouter {

    private static final Duration LOAD_PERIOD = Duration.ofDays(30);

    private final HelperPeople people;
    private final GapLookup gaps;
    private final TeamLookup teams;
    private final HelpAnswerRepository answers;
    private final RoutingEntryRepository routing;
    private final TeamHelpRulesRepository rules;
    private final HelpNews news;
    private final Clock clock;

    HelpRouter(HelperPeople people, GapLookup gaps, TeamLookup teams, HelpAnswerRepository answers,
               RoutingEntryRepository routing, TeamHelpRulesRepository rules, HelpNews news, Clock clock) {
        this.people = people;
        this.gaps = gaps;
        this.teams = teams;
        this.answers = answers;
        this.routing = routing;
        this.rules = rules;
        this.news = news;
        this.clock = clock;
    }

    /** Asks the next round; returns how many were asked (0 when nobody suitable is left: the board still shows it). */
    int route(HelpRequest request, String askerName) {
        if (!routable(request)) {
            request.escalateAt(null);
            return 0;
        }
        var asked = routing.findByRequestIdOrderByRoundAscIdAsc(request.getId());
        int round = asked.stream().mapToInt(RoutingEntry::getRound).max().orElse(0) + 1;
        var choices = choose(request, asked);
        var contacts = people.contacts(choices.stream().map(HelperRouting.Choice::personId).toList());
        for (var choice : choices) {
            routing.save(new RoutingEntry(request.getId(), choice.personId(), round, choice.reason(), clock.instant()));
            news.tell(contacts.get(choice.personId()), "asked", askerName + " is stuck on: " + request.getTitle(),
                    "You were asked because of " + choice.reason() + ". Answer if you can; if not, no harm done: "
                            + "others are asked after " + describe(window(request)) + ".", request.getId());
        }
        request.escalateAt(choices.isEmpty() ? null : clock.instant().plus(window(request)));
        return choices.size();
    }

    /**
     * The routing step on its own, writing nothing: who the next round would ask for an open, routed request, given
     * those asked before. Confidential or closed requests are never routed.
     */
    List<HelperRouting.Choice> next(HelpRequest request) {
        if (!routable(request)) {
            return List.of();
        }
        return choose(request, routing.findByRequestIdOrderByRoundAscIdAsc(request.getId()));
    }

    /** A confidential request goes to the people its asker chose, and a closed one to nobody. */
    private static boolean routable(HelpRequest request) {
        return !request.isConfidential() && request.getStatus().open();
    }

    private List<HelperRouting.Choice> choose(HelpRequest request, List<RoutingEntry> asked) {
        Set<Long> already = asked.stream().map(RoutingEntry::getPersonId).collect(Collectors.toSet());
        return HelperRouting.next(candidates(request), keys(request.getTags()), request.getAskerId(), already,
                HelperRouting.PER_ROUND);
    }

    /** The gathering step, visible to the benchmark's reading of it: three or four statements per request. */
    List<HelperRouting.Candidate> candidates(HelpRequest request) {
        Set<String> keys = keys(request.getTags());
        if (keys.isEmpty()) {
            return List.of();
        }
        Long team = request.isWholeOrganisation() ? null : request.getTeamId();
        Map<Long, Set<String>> offers = new HashMap<>();
        for (TagTeacher t : gaps.teachersOfTags(keys, team)) {
            offers.computeIfAbsent(t.personId(), k -> new HashSet<>()).add(t.tag());
        }
        LocalDate today = LocalDate.now(clock.withZone(teams.team(request.getTeamId()).orElseThrow().getTimeZone()));
        var helpers = people.helpers(keys, HelperRouting.MIN_PROFICIENCY, offers.keySet(), team, today);
        Map<Long, Integer> load = new HashMap<>();
        var since = clock.instant().minus(LOAD_PERIOD);
        var rows = helpers.size() > 1000 ? answers.countAnsweredSinceByAnyone(since)
                : helpers.isEmpty() ? List.<Object[]>of()
                : answers.countAnsweredSince(helpers.stream().map(HelperPeople.Helper::id).toList(), since);
        rows.forEach(r -> load.put((Long) r[0], ((Number) r[1]).intValue()));
        return helpers.stream().map(h -> new HelperRouting.Candidate(h.id(), h.name(), h.levels(),
                offers.getOrDefault(h.id(), Set.of()), h.outOfOffice(), load.getOrDefault(h.id(), 0))).toList();
    }

    Duration window(HelpRequest request) {
        return rules.findById(request.getTeamId()).map(r -> r.window(request.getUrgency()))
                .orElse(request.getUrgency().defaultWindow());
    }

    static Set<String> keys(List<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static String describe(Duration window) {
        if (window.toMinutes() % (24 * 60) == 0) {
            long days = window.toDays();
            return days == 1 ? "a day" : days + " days";
        }
        if (window.toMinutes() % 60 == 0) {
            long hours = window.toHours();
            return hours == 1 ? "an hour" : hours + " hours";
        }
        return window.toMinutes() + " minutes";
    }
}
