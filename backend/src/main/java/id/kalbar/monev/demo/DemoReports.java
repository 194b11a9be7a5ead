package id.kalbar.monev.demo;

import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.PeriodType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible targets and realizations for the demo catalogue: 2023–2025 complete, 2026 up to the
 * third quarter. Bigger regions (Pontianak, Kubu Raya) report more; some regencies lag on some
 * indicators; a few values are still drafts, submitted or returned, so every screen shows something.
 * Deterministic: the same data on every machine.
 */
final class DemoReports {

    static final int FIRST_YEAR = 2023;
    static final int CURRENT_YEAR = 2026;
    /** Demo realizations of the current year stop before this date (the fourth quarter is still open). */
    static final LocalDate CURRENT_CUTOFF = LocalDate.of(2026, 10, 1);

    /** Relative size of each regency or city: Pontianak and Kubu Raya the largest. */
    private static final Map<String, Double> SIZE = Map.ofEntries(
            Map.entry("61.01", 1.3), Map.entry("61.02", 0.9), Map.entry("61.03", 1.1), Map.entry("61.04", 1.2),
            Map.entry("61.05", 1.0), Map.entry("61.06", 0.8), Map.entry("61.07", 0.8), Map.entry("61.08", 1.0),
            Map.entry("61.09", 0.6), Map.entry("61.10", 0.6), Map.entry("61.11", 0.4), Map.entry("61.12", 1.8),
            Map.entry("61.71", 2.0), Map.entry("61.72", 0.9));

    private record IndicatorRow(String code, String unit, String measure, String polarity, PeriodType periodType,
                                String timeAggregation, String regionAggregation, BigDecimal baseline,
                                BigDecimal rangeLow, BigDecimal rangeHigh) {
    }

    private final Connection connection;
    private final Random random = new Random(20220922L);
    private final Instant now = Instant.now();

    DemoReports(Connection connection) {
        this.connection = connection;
    }

    void fill() throws SQLException {
        List<IndicatorRow> indicators = indicators();
        try (PreparedStatement target = connection.prepareStatement(
                "INSERT INTO target (indicator_code, region_code, year, value, status) VALUES (?, ?, ?, ?, 'AGREED')");
             PreparedStatement part = connection.prepareStatement(
                     "INSERT INTO target_period (indicator_code, region_code, year, period, value) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement value = connection.prepareStatement(
                     "INSERT INTO realization (indicator_code, region_code, period, year, period_start, value, note, status, "
                             + "return_reason, submitted_by, submitted_at, verified_by, verified_at) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IndicatorRow indicator : indicators) {
                for (int year = FIRST_YEAR; year <= CURRENT_YEAR; year++) {
                    fillYear(indicator, year, target, part, value);
                }
            }
            target.executeBatch();
            part.executeBatch();
            value.executeBatch();
        }
    }

    private void fillYear(IndicatorRow indicator, int year, PreparedStatement target, PreparedStatement part,
                          PreparedStatement value) throws SQLException {
        boolean provinceReported = indicator.regionAggregation().equals("PROVINCE_REPORTED");
        double provinceTarget = 0;
        List<String> regions = provinceReported ? List.of("61") : SIZE.keySet().stream().sorted().toList();
        for (String region : regions) {
            double size = provinceReported ? 1.0 : SIZE.get(region);
            double annualTarget = annualTarget(indicator, year, size, provinceReported);
            provinceTarget += annualTarget;
            addTarget(target, part, indicator, region, year, annualTarget);
            addRealizations(value, indicator, region, year, annualTarget, performance(indicator, region));
        }
        if (!provinceReported && indicator.regionAggregation().equals("SUM")) {
            addTarget(target, part, indicator, "61", year, provinceTarget);
        }
    }

    /** The annual target of a region, growing each year from the indicator's scale. */
    private double annualTarget(IndicatorRow indicator, int year, double size, boolean provinceReported) {
        double growth = Math.pow(1.06, year - FIRST_YEAR);
        if (isLevel(indicator)) {
            double base = indicator.baseline() != null ? indicator.baseline().doubleValue() : 60;
            if (indicator.polarity().equals("LOWER_IS_BETTER")) {
                return round(base * Math.pow(0.93, year - FIRST_YEAR), 1);
            }
            if (indicator.polarity().equals("RANGE")) {
                return round((indicator.rangeLow().doubleValue() + indicator.rangeHigh().doubleValue()) / 2, 1);
            }
            return round(Math.min(95, base * Math.pow(1.03, year - FIRST_YEAR)), 1);
        }
        double perRegion = indicator.baseline() != null
                ? indicator.baseline().doubleValue() / (provinceReported ? 1 : 14)
                : defaultScale(indicator.unit());
        return round(perRegion * size * growth, indicator.measure().equals("CURRENCY") ? -6 : 0);
    }

    /** How well a region does on an indicator: most around the target, some regencies behind. */
    private double performance(IndicatorRow indicator, String region) {
        boolean behind = (region.equals("61.11") || region.equals("61.10") || region.equals("61.06"))
                && (indicator.code().startsWith("2.17.06") || indicator.code().startsWith("2.17.07.04"));
        double base = behind ? 0.55 + random.nextDouble() * 0.15 : 0.85 + random.nextDouble() * 0.25;
        if (region.equals("61.71") || region.equals("61.12")) {
            base += 0.05;
        }
        return base;
    }

    private void addTarget(PreparedStatement target, PreparedStatement part, IndicatorRow indicator, String region,
                           int year, double annual) throws SQLException {
        target.setString(1, indicator.code());
        target.setString(2, region);
        target.setInt(3, year);
        target.setBigDecimal(4, decimal(annual));
        target.addBatch();
        if (indicator.periodType() == PeriodType.ANNUAL || year < CURRENT_YEAR - 1) {
            return;
        }
        List<Period> periods = Period.allOf(indicator.periodType(), year);
        for (Period period : periods) {
            double share = indicator.timeAggregation().equals("SUM") ? annual / periods.size() : annual;
            part.setString(1, indicator.code());
            part.setString(2, region);
            part.setInt(3, year);
            part.setString(4, period.toString());
            part.setBigDecimal(5, decimal(round(share, indicator.measure().equals("CURRENCY") ? -6 : 1)));
            part.addBatch();
        }
    }

    private void addRealizations(PreparedStatement value, IndicatorRow indicator, String region, int year,
                                 double annualTarget, double performance) throws SQLException {
        List<Period> periods = Period.allOf(indicator.periodType(), year);
        for (Period period : periods) {
            if (year == CURRENT_YEAR && !period.lastDay().isBefore(CURRENT_CUTOFF)) {
                continue;
            }
            // A few gaps, so that missing values show as missing.
            if (random.nextDouble() < 0.01) {
                continue;
            }
            double amount = periodValue(indicator, annualTarget, performance, periods.size());
            Status status = status(year, period, periods.size());
            value.setString(1, indicator.code());
            value.setString(2, region);
            value.setString(3, period.toString());
            value.setInt(4, year);
            value.setDate(5, Date.valueOf(period.firstDay()));
            value.setBigDecimal(6, decimal(amount));
            value.setString(7, status == Status.RETURNED ? "Angka sementara dari dinas kabupaten/kota" : null);
            value.setString(8, status.name());
            value.setString(9, status == Status.RETURNED
                    ? "Angka belum sesuai dengan data pendukung; mohon lampirkan bukti dan perbaiki." : null);
            String operator = "op-" + region.replace(".", "");
            boolean submitted = status != Status.DRAFT;
            Timestamp submittedAt = submitted ? Timestamp.valueOf(period.lastDay().plusDays(5).atTime(10, 0)) : null;
            value.setString(10, submitted ? (region.equals("61") ? "admin" : operator) : null);
            value.setTimestamp(11, submittedAt);
            value.setString(12, status == Status.VERIFIED ? "verifier" : null);
            value.setTimestamp(13, status == Status.VERIFIED ? Timestamp.valueOf(period.lastDay().plusDays(12).atTime(14, 0)) : null);
            value.addBatch();
        }
    }

    private enum Status { DRAFT, SUBMITTED, VERIFIED, RETURNED }

    /** Past years verified; the latest periods still moving through the workflow. */
    private Status status(int year, Period period, int periodsPerYear) {
        boolean latest = year == CURRENT_YEAR
                ? period.lastDay().isAfter(CURRENT_CUTOFF.minusMonths(3))
                : year == CURRENT_YEAR - 1 && period.index() == periodsPerYear;
        if (!latest) {
            return Status.VERIFIED;
        }
        double draw = random.nextDouble();
        if (draw < 0.08) {
            return Status.RETURNED;
        }
        if (draw < 0.18) {
            return Status.DRAFT;
        }
        return draw < 0.60 ? Status.SUBMITTED : Status.VERIFIED;
    }

    private double periodValue(IndicatorRow indicator, double annualTarget, double performance, int periods) {
        double noise = 0.9 + random.nextDouble() * 0.2;
        if (isLevel(indicator)) {
            if (indicator.polarity().equals("LOWER_IS_BETTER")) {
                return round(annualTarget * (2 - performance) * noise, 1);
            }
            if (indicator.polarity().equals("RANGE")) {
                return round(annualTarget * (0.6 + random.nextDouble() * 0.8), 1);
            }
            return round(Math.min(100, annualTarget * performance * noise), 1);
        }
        double perPeriod = annualTarget * performance / periods * noise;
        return round(perPeriod, indicator.measure().equals("CURRENCY") ? -6 : 0);
    }

    /** Levels (percentages, ratios, averages) are not split over periods; counts and amounts are. */
    private static boolean isLevel(IndicatorRow indicator) {
        return !indicator.timeAggregation().equals("SUM");
    }

    private static double defaultScale(String unit) {
        return switch (unit) {
            case "koperasi" -> 30;
            case "orang" -> 110;
            case "unit usaha" -> 220;
            case "produk" -> 12;
            case "Rp" -> 2_500_000_000d;
            default -> 50;
        };
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private List<IndicatorRow> indicators() throws SQLException {
        List<IndicatorRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT code, unit, measure, polarity, period_type, time_aggregation, "
                     + "region_aggregation, baseline_value, range_low, range_high FROM indicator "
                     + "WHERE code LIKE '2.17.0%' AND active ORDER BY code")) {
            while (rs.next()) {
                rows.add(new IndicatorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        PeriodType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10)));
            }
        }
        return rows;
    }
}
