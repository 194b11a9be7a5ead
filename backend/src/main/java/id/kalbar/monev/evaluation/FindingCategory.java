package id.kalbar.monev.evaluation;

/** What kind of problem a finding is. */
public enum FindingCategory {
    CAPITAL_ACCESS, HUMAN_RESOURCES, DATA_QUALITY, REGULATION, COORDINATION, MARKET_ACCESS, BUDGET, OTHER
}
