/**
 * Recognition: the contribution ledger, milestones and "your next step".
 *
 * <h2>The ledger</h2>
 * Entries are written by listeners of this package ({@code SessionContributions}, {@code KnowledgeContributions},
 * {@code ActionItemContributions}, {@code MentoringContributions}) on the events the sources publish in their own
 * transaction, so an entry commits or rolls back with its source. Each listener also handles the source's undoing
 * (a held session set back, an article restored to an older revision, a gap reopened, an item reopened) by
 * {@link org.peerplanner.domain.recognition.ContributionLedger#reverse}. The unique key (person, kind, source,
 * occurrence) and the check before writing make a replayed event, or a second backfill, write nothing.
 *
 * <h2>Adding a kind (for example, answering a help request)</h2>
 * <ol>
 *   <li>The source feature publishes an event in its transaction, e.g. {@code help.HelpAnswered(requestId, teamId,
 *       answeredBy, askedBy, title, at)}, and one for the undoing if there is one (e.g. {@code HelpAnswerWithdrawn}).
 *       It knows nothing of recognition.</li>
 *   <li>Here: one constant in {@link org.peerplanner.domain.recognition.ContributionKinds}
 *       ({@code HELP_ANSWERED = new ContributionKind("HELP_ANSWERED", "Answered a help request")}), listed in
 *       {@code ALL}, and a source type in {@link org.peerplanner.domain.recognition.Source} ({@code HELP_REQUEST}).</li>
 *   <li>Here: a listener {@code HelpContributions} with {@code @EventListener void answered(HelpAnswered e)} calling
 *       {@code ledger.record(new ContributionFact(e.answeredBy(), e.teamId(), HELP_ANSWERED, day, new
 *       Source(Source.HELP_REQUEST, e.requestId(), e.title()), 0, null, null, Set.of(e.askedBy())))}, and
 *       {@code ledger.reverse(Source.HELP_REQUEST, id)} on the undoing; plus a line in {@code ContributionBackfill}
 *       if the source has history from before.</li>
 *   <li>Optionally: a case in the web's {@code LedgerList.about} to link the source's page.</li>
 * </ol>
 * No migration (kinds are stored as codes), no switch to extend: pages, exports, the manager's counts and the
 * "helped five different people" milestone pick the new kind up.
 */
package org.peerplanner.domain.recognition;
