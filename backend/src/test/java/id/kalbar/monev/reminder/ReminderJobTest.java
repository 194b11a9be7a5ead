package id.kalbar.monev.reminder;

import id.kalbar.monev.common.period.Period;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.kalbar.monev.support.CatalogueFixtures.createIndicator;
import static id.kalbar.monev.support.CatalogueFixtures.program;
import static id.kalbar.monev.support.Contract.api;
import static id.kalbar.monev.support.Guidance.inbox;
import static id.kalbar.monev.support.Reporting.reported;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time is moved by running the job for a chosen day. Each test works in a year of its own, long past, whose only
 * running program is the test's own, so which regions miss values is known exactly.
 */
@QuarkusTest
class ReminderJobTest {

    @Inject
    ReminderJob job;

    @Test
    void remindsWhenAPeriodOpens_halfway_andTheDayBeforeItsDeadline_onlyRegionsWithMissingValues_once() {
        String indicator = indicatorRunningIn(2003);
        reported(indicator, "61.01", "2003Q1", "5");

        job.run(LocalDate.of(2003, 1, 1));
        job.run(LocalDate.of(2003, 1, 2));
        assertThat(reminders("op-6102", "2003Q1")).hasSize(1);
        assertThat(reminders("op-6101", "2003Q1")).isEmpty();
        assertThat((String) reminders("op-6102", "2003Q1").get(0).get("title")).contains("dibuka");

        // 2003Q1 runs from 1 January to its deadline on 15 April: halfway is 22 February.
        job.run(LocalDate.of(2003, 2, 21));
        assertThat(reminders("op-6102", "2003Q1")).hasSize(1);
        job.run(LocalDate.of(2003, 2, 22));
        job.run(LocalDate.of(2003, 3, 1));
        assertThat(reminders("op-6102", "2003Q1")).hasSize(2);

        job.run(LocalDate.of(2003, 4, 14));
        job.run(LocalDate.of(2003, 4, 14));
        job.run(LocalDate.of(2003, 4, 15));
        assertThat(reminders("op-6102", "2003Q1")).hasSize(3)
                .anySatisfy(n -> assertThat((String) n.get("title")).contains("besok"));
        assertThat(reminders("op-6172", "2003Q1")).hasSize(3);
        assertThat(reminders("op-6101", "2003Q1")).isEmpty();

        job.run(LocalDate.of(2003, 4, 16));
        assertThat(reminders("op-6102", "2003Q1")).hasSize(3);
    }

    @Test
    void aRegionThatSubmitsEverythingIsNoLongerReminded() {
        String indicator = indicatorRunningIn(2004);
        job.run(LocalDate.of(2004, 1, 5));
        assertThat(reminders("op-6103", "2004Q1")).hasSize(1);
        reported(indicator, "61.03", "2004Q1", "2");
        job.run(LocalDate.of(2004, 3, 1));
        job.run(LocalDate.of(2004, 4, 14));
        assertThat(reminders("op-6103", "2004Q1")).hasSize(1);
        assertThat(reminders("op-6104", "2004Q1")).hasSize(3);
    }

    @Test
    void twoSchedulersAtOnceSendEachReminderOnce() throws Exception {
        indicatorRunningIn(2005);
        LocalDate dayBefore = LocalDate.of(2005, 4, 14);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Integer> run = () -> {
                start.await();
                return job.run(dayBefore);
            };
            Future<Integer> first = pool.submit(run);
            Future<Integer> second = pool.submit(run);
            int sent = first.get() + second.get();
            assertThat(sent).isGreaterThanOrEqualTo(14);
        } finally {
            pool.shutdownNow();
        }
        for (String operator : new String[]{"op-6101", "op-6105", "op-6110", "op-6171"}) {
            assertThat(reminders(operator, "2005Q1")).as(operator).hasSize(1);
        }
    }

    @Test
    void theStagesOfAPeriod() {
        Period q1 = Period.parse("2025Q1").orElseThrow();
        LocalDate deadline = LocalDate.of(2025, 4, 15);
        assertThat(ReminderJob.stage(q1, deadline, LocalDate.of(2025, 1, 1))).isEqualTo(ReminderJob.Stage.OPENED);
        assertThat(ReminderJob.stage(q1, deadline, LocalDate.of(2025, 2, 21))).isEqualTo(ReminderJob.Stage.OPENED);
        assertThat(ReminderJob.stage(q1, deadline, LocalDate.of(2025, 2, 22))).isEqualTo(ReminderJob.Stage.HALFWAY);
        assertThat(ReminderJob.stage(q1, deadline, LocalDate.of(2025, 4, 13))).isEqualTo(ReminderJob.Stage.HALFWAY);
        assertThat(ReminderJob.stage(q1, deadline, LocalDate.of(2025, 4, 14))).isEqualTo(ReminderJob.Stage.LAST_DAY);
    }

    private static java.util.List<Map<String, Object>> reminders(String user, String period) {
        return inbox(user, "REPORTING_REMINDER", "period=" + period + "&");
    }

    /** A quarterly indicator of a program that runs in {@code year} only. */
    private static String indicatorRunningIn(int year) {
        String code = id.kalbar.monev.support.TestCodes.unique("P");
        Map<String, Object> body = program(code);
        body.put("startYear", year);
        body.put("endYear", year);
        api("admin").contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/v1/programs")
                .then().statusCode(201);
        return createIndicator(code);
    }
}
