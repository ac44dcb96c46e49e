package org.peerplanner.domain.rotation;

/**
 * One member's share of the work in the period.
 *
 * @param facilitationShare facilitations against the team mean: 1.6 = 60 % above the mean; 0 when the
 *                          mean is 0
 * @param overloaded led more than 50 % above the mean ({@code facilitationShare > 1.5})
 * @param neverFacilitated led no session at all up to the end of the period
 */
public record FairnessRow(long personId, String name, int facilitations, int coFacilitations, int pairings,
                          double facilitationShare, double coFacilitationShare, double pairingShare,
                          boolean overloaded, boolean neverFacilitated) {
}
