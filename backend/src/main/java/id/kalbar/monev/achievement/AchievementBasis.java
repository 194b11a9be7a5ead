package id.kalbar.monev.achievement;

/** Which realizations count: those reported (submitted or verified), or verified ones only. */
public enum AchievementBasis {
    REPORTED, VERIFIED
}
