package id.kalbar.monev.achievement;

/** Whether an achievement could be computed, and if not, why: missing is never shown as zero. */
public enum AchievementStatus {
    COMPUTED, MISSING_TARGET, MISSING_REALIZATION, ZERO_TARGET
}
