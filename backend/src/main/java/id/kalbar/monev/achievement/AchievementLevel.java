package id.kalbar.monev.achievement;

/**
 * The regions a report's rows are for: the regencies and cities (with the province itself for the indicators
 * a province reports), the provinces, or the nation as a whole.
 */
public enum AchievementLevel {
    REGENCY, PROVINCE, NATION
}
