package id.kalbar.monev.rules;

import id.kalbar.monev.common.rules.RuleCode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.createProgram;
import static id.kalbar.monev.support.CatalogueFixtures.indicator;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Contract.badInput;
import static id.kalbar.monev.support.Reporting.openQuarter;
import static id.kalbar.monev.support.Reporting.save;
import static id.kalbar.monev.support.Reporting.setTarget;
import static id.kalbar.monev.support.Reporting.submit;
import static id.kalbar.monev.support.Reporting.today;
import static id.kalbar.monev.support.Reporting.verify;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * Every rule of writing, driven through both paths: the single-record API and a CSV load of the same
 * record must come to the same outcome for the same reason (the problem type of the one, the conflict
 * kind of the other).
 */
@QuarkusTest
class OneRuleEveryPathTest {

    /** A year of its own, whose target round this test approves. */
    private static final int APPROVED_YEAR = 2091;
    private static final String REALIZATIONS = "indicator,region,period,value,note\n";
    private static final String TARGETS = "indicator,region,year,value\n";
    private static final String INDICATORS = "code,program,name,unit,measure,polarity,periodType,timeAggregation,regionAggregation\n";

    /** One write, as a single request and as a CSV row. */
    record Write(String user, String method, String path, Map<String, Object> body, String kind, String csv) {
    }

    record Case(String rule, Supplier<Write> setUp, RuleCode expected) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("another region's data", () -> realization("op-6101", quarterly(), "61.02", openQuarter(), "5", "catatan"),
                        RuleCode.REGION_NOT_ALLOWED),
                new Case("a period of another type", () -> realization("op-6101", quarterly(), "61.01", today().getYear() + "-01",
                        "5", null), RuleCode.BAD_PERIOD),
                new Case("a region that does not report the indicator", () -> realization("admin", quarterly(), "61", openQuarter(),
                        "5", null), RuleCode.REGION_NOT_REPORTING),
                new Case("a period that has not started", () -> realization("admin", quarterly(), "61.01",
                        (today().getYear() + 1) + "Q1", "5", null), RuleCode.PERIOD_NOT_STARTED),
                new Case("a locked period", () -> realization("op-6103", quarterly(), "61.03", lockedQuarter(), "5", null),
                        RuleCode.PERIOD_LOCKED),
                new Case("a locked period with an exception", () -> {
                    grantException("61.04", lockedQuarter());
                    return realization("op-6104", quarterly(), "61.04", lockedQuarter(), "5", null);
                }, null),
                new Case("a submitted value", () -> {
                    String indicator = quarterly();
                    save("op-6105", indicator, "61.05", openQuarter(), 5).statusCode(201);
                    submit("op-6105", indicator, "61.05", openQuarter()).statusCode(200);
                    return realization("op-6105", indicator, "61.05", openQuarter(), "6", null);
                }, RuleCode.NOT_EDITABLE),
                new Case("a verified value", () -> {
                    String indicator = quarterly();
                    save("admin", indicator, "61.05", openQuarter(), 5).statusCode(201);
                    submit("admin", indicator, "61.05", openQuarter()).statusCode(200);
                    verify("verifier", indicator, "61.05", openQuarter()).statusCode(200);
                    return realization("admin", indicator, "61.05", openQuarter(), "6", null);
                }, RuleCode.NOT_EDITABLE),
                new Case("a retired indicator's stored value", () -> {
                    String indicator = quarterly();
                    save("op-6101", indicator, "61.01", openQuarter(), 5).statusCode(201);
                    retire(indicator);
                    return realization("op-6101", indicator, "61.01", openQuarter(), "6", null);
                }, null),
                new Case("a retired indicator's new value", () -> {
                    String indicator = quarterly();
                    retire(indicator);
                    return realization("op-6101", indicator, "61.01", openQuarter(), "6", null);
                }, RuleCode.RETIRED_INDICATOR),
                new Case("a retired indicator's new target", () -> {
                    String indicator = quarterly();
                    retire(indicator);
                    return target("admin", indicator, "61.01", String.valueOf(today().getYear()), "10");
                }, RuleCode.RETIRED_INDICATOR),
                new Case("a retired indicator's stored target", () -> {
                    String indicator = quarterly();
                    setTarget(indicator, "61.01", today().getYear(), 10).statusCode(201);
                    retire(indicator);
                    return target("admin", indicator, "61.01", String.valueOf(today().getYear()), "11");
                }, null),
                new Case("a new indicator under a retired program", () -> {
                    String program = createProgram();
                    api("admin").post("/api/v1/programs/" + program + "/retire").then().statusCode(200);
                    return newIndicator(program);
                }, RuleCode.RETIRED_PROGRAM),
                new Case("a new indicator under an unknown program", () -> newIndicator("NO-SUCH-PROGRAM"),
                        RuleCode.UNKNOWN_PROGRAM),
                new Case("an approved round's target, by the verifier", () -> target("verifier", quarterly(), "61.01",
                        String.valueOf(approvedYear()), "10"), RuleCode.APPROVED_ROUND_TARGET),
                new Case("an approved round's target, by the administrator", () -> target("admin", quarterly(), "61.01",
                        String.valueOf(approvedYear()), "10"), null),
                new Case("an open year's target, by the verifier", () -> target("verifier", quarterly(), "61.01",
                        String.valueOf(APPROVED_YEAR - 1), "10"), null),
                new Case("a year outside the calendar", () -> target("admin", quarterly(), "61.01", "1999", "10"),
                        RuleCode.BAD_YEAR),
                new Case("a value too large for its column", () -> realization("op-6101", quarterly(), "61.01", openQuarter(),
                        "123456789012345678901", null), RuleCode.NOT_A_NUMBER),
                new Case("a value with too many decimals", () -> realization("op-6101", quarterly(), "61.01", openQuarter(),
                        "1.23456", null), RuleCode.NOT_A_NUMBER),
                new Case("a note too long", () -> realization("op-6101", quarterly(), "61.01", openQuarter(), "5",
                        "x".repeat(2001)), RuleCode.TOO_LONG),
                new Case("a note with a NUL character", () -> realization("op-6101", quarterly(), "61.01", openQuarter(), "5",
                        "a\u0000b"), RuleCode.BAD_TEXT),
                new Case("an unknown indicator", () -> realization("op-6101", "NO-SUCH-INDICATOR", "61.01", openQuarter(), "5",
                        null), RuleCode.UNKNOWN_INDICATOR),
                new Case("an unknown region", () -> realization("admin", quarterly(), "61.99", openQuarter(), "5", null),
                        RuleCode.UNKNOWN_REGION),
                new Case("an unknown indicator's target", () -> target("admin", "NO-SUCH-INDICATOR", "61.01",
                        String.valueOf(today().getYear()), "5"), RuleCode.UNKNOWN_INDICATOR),
                new Case("a valid value", () -> realization("op-6101", quarterly(), "61.01", openQuarter(), "5", "baik"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothPathsGiveTheSameOutcomeForTheSameReason(Case rule) {
        Write write = rule.setUp().get();

        // The file first, as a dry run: it writes nothing, so the single write meets the same stored state.
        Response load = badInput(write.user()).contentType("text/csv").body(write.csv())
                .post("/api/v1/imports/" + write.kind() + "?dryRun=true");
        assertThat(load.asString(), load.statusCode(), equalTo(200));
        List<String> conflicts = load.jsonPath().getList("conflicts.error");

        var request = badInput(write.user());
        if (write.body() != null) {
            request = request.contentType(ContentType.JSON).body(write.body());
        }
        Response single = request.request(write.method(), write.path());

        if (rule.expected() == null) {
            assertThat(load.asString(), conflicts, empty());
            assertThat(load.asString(), load.jsonPath().getInt("rejected"), equalTo(0));
            assertThat(single.asString(), single.statusCode(), anyOf(is(200), is(201)));
        } else {
            assertThat(load.asString(), conflicts, contains(rule.expected().name()));
            assertThat(load.asString(), load.jsonPath().getList("conflicts[0].rows", Integer.class), contains(2));
            assertThat(single.asString(), single.statusCode(), equalTo(rule.expected().status()));
            assertThat(single.asString(), single.jsonPath().getString("type"), equalTo(rule.expected().problemType().toString()));
        }
    }

    // ---- the writes ----

    private static Write realization(String user, String indicator, String region, String period, String value, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("value", new java.math.BigDecimal(value));
        body.put("note", note);
        String csv = REALIZATIONS + indicator + "," + region + "," + period + "," + value + "," + csvText(note) + "\n";
        return new Write(user, "PUT", "/api/v1/realizations/" + indicator + "/" + region + "/" + period, body,
                "realizations", csv);
    }

    private static Write target(String user, String indicator, String region, String year, String value) {
        return new Write(user, "PUT", "/api/v1/targets/" + indicator + "/" + region + "/" + year,
                Map.of("value", new java.math.BigDecimal(value)), "targets",
                TARGETS + indicator + "," + region + "," + year + "," + value + "\n");
    }

    private static Write newIndicator(String program) {
        String code = id.kalbar.monev.support.TestCodes.unique("I");
        Map<String, Object> body = indicator(code, program);
        body.remove("baselineYear");
        body.remove("baselineValue");
        return new Write("admin", "POST", "/api/v1/indicators", body, "indicators",
                INDICATORS + code + "," + program + ",Koperasi uji,koperasi,NUMBER,HIGHER_IS_BETTER,QUARTERLY,SUM,SUM\n");
    }

    private static String csvText(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    // ---- the state they meet ----

    private static String quarterly() {
        return createIndicator(createProgram());
    }

    private static void retire(String indicator) {
        api("admin").post("/api/v1/indicators/" + indicator + "/retire").then().statusCode(200);
    }

    /** A quarter of its own, long past its deadline. */
    private static String lockedQuarter() {
        return (today().getYear() - 3) + "Q3";
    }

    private static void grantException(String region, String period) {
        api("admin").contentType(ContentType.JSON)
                .body(Map.of("openUntil", today().plusDays(7).toString(), "reason", "Data bank penyalur terlambat"))
                .put("/api/v1/reporting-exceptions/" + region + "/" + period).then().statusCode(anyOf(is(200), is(201)));
    }

    /** A year whose target round is approved (opened, reviewed and approved here, with no proposals). */
    private static synchronized int approvedYear() {
        Response round = badInput("admin").get("/api/v1/target-rounds/" + APPROVED_YEAR);
        String status = round.statusCode() == 404 ? null : round.jsonPath().getString("status");
        if (status == null) {
            api("admin").contentType(ContentType.JSON)
                    .body(Map.of("year", APPROVED_YEAR, "deadline", today().plusDays(10).toString()))
                    .post("/api/v1/target-rounds").then().statusCode(201);
            status = "OPEN";
        }
        if (status.equals("OPEN")) {
            api("admin").post("/api/v1/target-rounds/" + APPROVED_YEAR + "/review").then().statusCode(200);
            status = "UNDER_REVIEW";
        }
        if (status.equals("UNDER_REVIEW")) {
            api("admin").post("/api/v1/target-rounds/" + APPROVED_YEAR + "/approve").then().statusCode(200);
        }
        return APPROVED_YEAR;
    }
}
