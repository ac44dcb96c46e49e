package org.peerplanner.domain.recognition;

/**
 * What a ledger entry counts, as stored (the {@code code}) and as people read it (the {@code label}). A record, not an
 * enum, and stored as its code: a new feature adds its kind to {@link ContributionKinds} without a migration and
 * without touching any switch (see the package documentation).
 */
public record ContributionKind(String code, String label) {

    public ContributionKind {
        if (code == null || !code.matches("[A-Z_]{1,40}")) {
            throw new IllegalArgumentException("A contribution kind's code is 1 to 40 capitals or underscores: " + code);
        }
    }
}
