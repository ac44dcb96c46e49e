package org.peerplanner.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.gap.KnowledgeGap;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.mentoring.MentorshipSeries;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.Membership;
import org.peerplanner.domain.team.TeamLookup;
import org.peerplanner.domain.team.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar subscriptions. Every person has one feed token: 192 bits from an HMAC of the server
 * secret and the feed's generation, so the page can show the link again; only its SHA-256 hash is
 * stored. Regenerating makes a new link (the old one stops working); revoking stops all.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final FeedVersionLookup lookup;
    private final FeedSecret secret;
    private final PersonLookup people;
    private final TeamLookup teams;
    private final SessionLookup sessions;
    private final GapLookup gaps;
    private final ActionItemQueries actionItems;
    private final Mentorships mentorships;
    private final Clock clock;
    private final Duration keepPast;

    CalendarFeedService(CalendarFeedRepository feeds, FeedVersionLookup lookup, FeedSecret secret,
                        PersonLookup people, TeamLookup teams, SessionLookup sessions, GapLookup gaps,
                        ActionItemQueries actionItems, Mentorships mentorships, Clock clock, FeedSettings settings) {
        this.feeds = feeds;
        this.lookup = lookup;
        this.secret = secret;
        this.people = people;
        this.teams = teams;
        this.sessions = sessions;
        this.gaps = gaps;
        this.actionItems = actionItems;
        this.mentorships = mentorships;
        this.clock = clock;
        this.keepPast = settings.keepPast();
    }

    /** The person's token, made on first use so every feed link works at once; empty when revoked. */
    @Transactional
    public Optional<String> token(Actor actor) {
        CalendarFeed feed = feedOf(actor);
        return feed.isRevoked() ? Optional.empty() : Optional.of(token(actor.personId(), feed.getGeneration()));
    }

    /** A new link; the previous one answers "not found" from now on. */
    @Transactional
    public String regenerate(Actor actor) {
        CalendarFeed feed = feeds.findById(actor.personId()).orElseGet(() -> new CalendarFeed(actor.personId(), clock.instant()));
        activate(feed, feed.getGeneration() + 1);
        feeds.save(feed);
        return token(actor.personId(), feed.getGeneration());
    }

    @Transactional
    public void revoke(Actor actor) {
        feeds.findById(actor.personId()).ifPresent(feed -> feed.revoke(clock.instant()));
    }

    /** Whether the person's own feed shows their open action items on their due dates. */
    public boolean showsActionItems(Actor actor) {
        return feeds.findById(actor.personId()).map(CalendarFeed::showsActionItems).orElse(true);
    }

    @Transactional
    public void showActionItems(Actor actor, boolean show) {
        feedOf(actor).showActionItems(show, clock.instant());
    }

    /** The person's feed, made with a live link on first use. */
    private CalendarFeed feedOf(Actor actor) {
        return feeds.findById(actor.personId()).orElseGet(() -> {
            CalendarFeed fresh = new CalendarFeed(actor.personId(), clock.instant());
            activate(fresh, 1);
            return feeds.save(fresh);
        });
    }

    /** A team's feed for the token's owner, while they are in that team. */
    public Optional<Feed> teamFeed(String token, long teamId) {
        // The version first: should a change land while the feed loads, the content is newer than its ETag, so the
        // next poll fetches it again; the other way round a client could keep stale content under a new ETag.
        return lookup.teamFeedVersion(token, teamId).map(version -> {
            Team team = teams.team(teamId).orElseThrow();
            var list = sessions.startingFrom(Set.of(teamId), lookup.horizon());
            return feed(team.getName() + " · Peer Planner", team.getTimeZone(), list, Map.of(teamId, team),
                    List.of(), List.of(), version);
        });
    }

    /**
     * Sessions the owner leads or said yes or maybe to, across all their teams; unless they switched it off, their
     * open action items on their due dates (as far back as past sessions are kept); and their mentorships, as mentor
     * or mentee, each one recurring series (ended ones as long as past sessions are kept).
     */
    public Optional<Feed> personalFeed(String token) {
        return ownerFeed(token).flatMap(owner -> lookup.personalFeedVersion(token).map(version -> {
            long personId = owner.getPersonId();
            Person person = people.person(personId).orElseThrow();
            var teamIds = teams.membershipsOf(personId).stream()
                    .collect(Collectors.toMap(m -> m.getTeam().getId(), Membership::getTeam));
            var list = teamIds.isEmpty() ? List.<LearningSession>of()
                    : sessions.startingFrom(teamIds.keySet(), lookup.horizon())
                            .stream().filter(s -> concerns(s, personId)).toList();
            List<FeedDueItem> due = owner.showsActionItems() ? dueItems(personId, person.getTimeZone()) : List.of();
            var series = mentorships.seriesOf(personId,
                    LocalDate.now(clock.withZone(person.getTimeZone())).minusDays(keepPast.toDays()));
            return feed(person.getFullName() + " · Peer Planner", person.getTimeZone(), list, teamIds, due, series,
                    version);
        }));
    }

    private List<FeedDueItem> dueItems(long personId, java.time.ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return actionItems.openDueFor(personId, today.minusDays(keepPast.toDays()), today.plusYears(1)).stream()
                .map(i -> new FeedDueItem(i.itemId(), i.dueOn(), i.description(), i.teamName(), i.overdue(),
                        i.updatedAt()))
                .toList();
    }

    private static boolean concerns(LearningSession s, long personId) {
        return s.getFacilitatorId().map(f -> f == personId).orElse(false)
                || s.getCoFacilitatorId().map(f -> f == personId).orElse(false)
                || s.getAttendees().stream().anyMatch(a -> a.personId() == personId
                        && (a.rsvp() == Rsvp.YES || a.rsvp() == Rsvp.MAYBE));
    }

    private Feed feed(String name, java.time.ZoneId zone, List<LearningSession> list, Map<Long, Team> teamsById,
                      List<FeedDueItem> dueItems, List<MentorshipSeries> series, FeedVersion version) {
        Instant cancelledCutoff = lookup.cancelledCutoff();
        var kept = list.stream()
                .filter(s -> s.getStatus() != SessionStatus.CANCELLED || !s.getUpdatedAt().isBefore(cancelledCutoff))
                .toList();
        Set<Long> personIds = new HashSet<>();
        Set<Long> gapIds = new HashSet<>();
        kept.forEach(s -> {
            s.getFacilitatorId().ifPresent(personIds::add);
            s.getCoFacilitatorId().ifPresent(personIds::add);
            gapIds.addAll(s.getGapIds());
        });
        Map<Long, Person> names = people.people(personIds).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<Long, KnowledgeGap> gapsById = gaps.gaps(gapIds).stream().collect(Collectors.toMap(KnowledgeGap::getId, Function.identity()));
        // A feed is read by whoever holds its address: a confidential session (a roundtable) shows only its format.
        var entries = kept.stream().map(s -> new FeedSession(s.getId(), s.getUid(), s.getRevision(),
                teamsById.get(s.getTeamId()).getName(), s.getFormat(), s.getTitleBeyondAttendees(),
                s.getFormat().isConfidential() ? null : s.getAgenda(), s.getStart(),
                s.getDurationMinutes(), s.getLocation(), s.getStatus(),
                s.getFormat().isConfidential() ? null : s.getCancelReason(),
                person(names, s.getFacilitatorId()), person(names, s.getCoFacilitatorId()),
                s.getFormat().isConfidential() ? List.of() : s.getGapIds().stream().map(gapsById::get)
                        .filter(g -> g != null && !g.isConfidential()).map(KnowledgeGap::getTitle).sorted().toList(),
                teamsById.get(s.getTeamId()).getPlanning().alarmMinutes(), s.getUpdatedAt())).toList();
        return new Feed(name, zone, entries, dueItems, series, version.lastModified(), version.fingerprint());
    }

    private static FeedSession.Person person(Map<Long, Person> names, Optional<Long> id) {
        return id.map(names::get).map(p -> new FeedSession.Person(p.getFullName(), p.getEmail())).orElse(null);
    }

    private Optional<CalendarFeed> ownerFeed(String token) {
        return lookup.owner(token).flatMap(o -> feeds.findById(o.personId())).filter(f -> !f.isRevoked());
    }

    private void activate(CalendarFeed feed, int generation) {
        feed.activate(generation, sha256(token(feed.getPersonId(), generation)), clock.instant());
    }

    private String token(long personId, int generation) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("feed:" + personId + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 24));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String sha256(String text) {
        return FeedVersions.sha256(text);
    }
}
