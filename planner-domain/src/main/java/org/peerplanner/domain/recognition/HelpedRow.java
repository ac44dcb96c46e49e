package org.peerplanner.domain.recognition;

/** One person one entry helped: read in one query for a whole ledger, so a long history costs no extra queries. */
record HelpedRow(long contributionId, long personId) {
}
