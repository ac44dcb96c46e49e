/**
 * The rotation engine: plain-Java planning of a team's peer-learning sessions — which dates
 * ({@link org.peerplanner.domain.rotation.SlotCalendar}), which format, who facilitates and which
 * open gap is the topic ({@link org.peerplanner.domain.rotation.RotationPlanner}), who pairs with whom
 * ({@link org.peerplanner.domain.rotation.PairingRotation}) and how fairly the work was shared
 * ({@link org.peerplanner.domain.rotation.FairnessReporter}).
 *
 * <p>No Spring, no JPA, no clock: every input is a plain record the caller fills from the database,
 * and the same input always gives the same output. The entry points are stateless and thread-safe.
 * A plan is a proposal: it is recomputed from the inputs every time, and declines and overrides
 * (what people decided) sit on top of it, so removing an override restores the proposal.
 */
package org.peerplanner.domain.rotation;
