package id.kalbar.monev.achievement;

/**
 * Whether an achievement could be computed, and if not, why: missing is never shown as zero.
 * {@code NOT_ROLLED_UP}: the nation's figure of an indicator each province reports for itself, which its
 * rule does not add up.
 */
public enum AchievementStatus {
    COMPUTED, MISSING_TARGET, MISSING_REALIZATION, ZERO_TARGET, NOT_ROLLED_UP
}
