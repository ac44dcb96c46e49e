package org.peerplanner.domain.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private boolean administrator;

    @Column(name = "mentoring_available", nullable = false)
    private boolean mentoringAvailable;

    @Column(name = "mentoring_capacity", nullable = false)
    private int mentoringCapacity;

    @Column(name = "mentoring_topics", length = 500)
    private String mentoringTopics;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Written only by {@link PersonRepository#recordSignIn}, never from here: a sign-in is not an edit. */
    @Column(name = "last_signed_in_at", insertable = false, updatable = false)
    private Instant lastSignedInAt;

    @ElementCollection
    @CollectionTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"))
    @BatchSize(size = 100) // a page of people loads its skills in one query
    private List<Skill> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_absence", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("startsOn")
    @BatchSize(size = 100)
    private List<Absence> absences = new ArrayList<>();

    protected Person() {
    }

    public Person(String fullName, String email, ZoneId timeZone, Instant createdAt) {
        this.fullName = fullName;
        this.email = normaliseEmail(email);
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    /**
     * The one spelling an email is stored, compared and throttled in: Unicode NFC (a composed "ú" and "u" plus a
     * combining accent are the same address), trimmed, lower case. The column compares exactly (V10), so
     * "lúkas@" and "lukas@" are two different addresses, never one account reached by two spellings.
     */
    public static String normaliseEmail(String email) {
        return email == null ? null
                : java.text.Normalizer.normalize(email.strip(), java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    }

    public void rename(String fullName) {
        this.fullName = fullName.strip();
    }

    public void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    public void moveToTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void grantAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    /** Offers mentoring for up to {@code capacity} mentees; capacity 0 withdraws the offer. */
    public void offerMentoring(boolean available, int capacity, String topics) {
        this.mentoringAvailable = available && capacity > 0;
        this.mentoringCapacity = available ? capacity : 0;
        this.mentoringTopics = topics == null || topics.isBlank() ? null : topics.strip();
    }

    /** Replaces the skills; a later entry with the same name (ignoring case) wins. */
    public void replaceSkills(Collection<Skill> newSkills) {
        var byKey = new java.util.LinkedHashMap<String, Skill>();
        newSkills.forEach(skill -> byKey.put(skill.key(), skill));
        skills.clear();
        byKey.values().stream().sorted(Comparator.comparing(Skill::key)).forEach(skills::add);
    }

    public void replaceAbsences(Collection<Absence> newAbsences) {
        absences.clear();
        newAbsences.stream().sorted(Comparator.comparing(Absence::startsOn)).forEach(absences::add);
    }

    public boolean isAbsentOn(LocalDate day) {
        return absences.stream().anyMatch(a -> a.covers(day));
    }

    /** "Kafka 4, SQL 3": skills in one line for grids and summaries. */
    public String skillSummary() {
        return String.join(", ", skills.stream().map(s -> s.name() + " " + s.proficiency()).toList());
    }

    public Optional<Skill> skill(String name) {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        return skills.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isMentoringAvailable() {
        return mentoringAvailable;
    }

    public int getMentoringCapacity() {
        return mentoringCapacity;
    }

    public String getMentoringTopics() {
        return mentoringTopics;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The last successful sign-in; empty when none since sign-ins are recorded. */
    public java.util.Optional<Instant> getLastSignedInAt() {
        return java.util.Optional.ofNullable(lastSignedInAt);
    }

    /** In name order ignoring case, whatever the database's collation sorts like. */
    public List<Skill> getSkills() {
        return skills.stream().sorted(Comparator.comparing(Skill::key)).toList();
    }

    public List<Absence> getAbsences() {
        return List.copyOf(absences);
    }
}
