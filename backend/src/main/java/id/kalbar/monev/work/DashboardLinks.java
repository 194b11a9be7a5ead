package id.kalbar.monev.work;

import id.kalbar.monev.common.period.Period;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Dashboard paths where each kind of work is done; home items, notifications and e-mails link to them. */
public final class DashboardLinks {

    private DashboardLinks() {
    }

    /** The reporting grid of a region's period, with the value's thread open. */
    public static String reporting(String regionCode, String period, String indicatorCode) {
        Period p = Period.parse(period).orElseThrow();
        return "/reporting?type=" + p.type().name() + "&year=" + p.year() + "&period=" + period
                + "&region=" + encode(regionCode) + (indicatorCode == null ? "" : "&indicator=" + encode(indicatorCode));
    }

    public static String verification(String regionCode, String period) {
        return "/verification?region=" + encode(regionCode) + (period == null ? "" : "&period=" + period);
    }

    /** The verification queue of a region's period, with the value's thread open. */
    public static String verification(String regionCode, String period, String indicatorCode) {
        return verification(regionCode, period) + "&indicator=" + encode(indicatorCode);
    }

    public static String finding(UUID findingId) {
        return "/findings/" + findingId;
    }

    public static String recommendation(UUID findingId, UUID recommendationId) {
        return "/findings/" + findingId + "#recommendation-" + recommendationId;
    }

    public static String findings(boolean overdueOnly) {
        return overdueOnly ? "/findings?overdue=true" : "/findings";
    }

    public static String targetRound(int year) {
        return "/target-rounds/" + year;
    }

    public static String proposal(int year, String indicatorCode, String regionCode) {
        return "/target-rounds/" + year + "?indicator=" + encode(indicatorCode) + "&region=" + encode(regionCode);
    }

    public static String importJob(UUID jobId) {
        return "/imports?job=" + jobId;
    }

    public static String achievements() {
        return "/achievements";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
