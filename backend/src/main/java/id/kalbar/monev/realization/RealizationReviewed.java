package id.kalbar.monev.realization;

/**
 * Fired in the transaction of a verifier's decision on a value: verified, or returned (or reopened) to its
 * region with the reason. Observers that write (the inbox) join that transaction.
 */
public record RealizationReviewed(String indicatorCode, String regionCode, String period, RealizationStatus status,
                                  String reason, String actor) {
}
