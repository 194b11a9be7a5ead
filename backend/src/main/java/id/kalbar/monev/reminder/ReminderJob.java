package id.kalbar.monev.reminder;

import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.notification.NotificationKind;
import id.kalbar.monev.notification.ReminderClaims;
import id.kalbar.monev.notification.NotificationService;
import id.kalbar.monev.notification.Recipients;
import id.kalbar.monev.work.DashboardLinks;
import id.kalbar.monev.work.DueRecommendation;
import id.kalbar.monev.work.IndonesianFormat;
import id.kalbar.monev.work.ReportingProgress;
import id.kalbar.monev.work.WorkQueries;
import id.kalbar.monev.work.WorkService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reminders computed from the same facts as the home pages: reporting reminders when a period opens, halfway to
 * its deadline and the day before it, to the regions that have not submitted every value; the verifiers' daily
 * digest of what waits; recommendations due within 7 days or overdue; a target round closing within 7 days.
 * Each reminder is claimed in the database before it is written, so it goes out once however often, and on
 * however many replicas, the job runs.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    /** The moments of a period's reporting window, in the order they come. */
    public enum Stage {
        OPENED, HALFWAY, LAST_DAY
    }

    private final WorkQueries queries;
    private final ReminderClaims claims;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final ReportingCalendar calendar;

    public ReminderJob(WorkQueries queries, ReminderClaims claims, NotificationService notifications, Recipients recipients,
                       ReportingCalendar calendar) {
        this.queries = queries;
        this.claims = claims;
        this.notifications = notifications;
        this.recipients = recipients;
        this.calendar = calendar;
    }

    @Scheduled(every = "${monev.reminders.every}", delayed = "30s", identity = "reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = run(calendar.today());
        if (sent > 0) {
            LOG.infof("Sent %d reminders", sent);
        }
    }

    /** Sends what is due on {@code today}; returns how many notifications were written. */
    public int run(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> reporting(today) + verificationDigest(today)
                + recommendations(today) + roundsClosing(today));
    }

    /** Which reminder a period's window calls for on a day: the latest moment reached. */
    public static Stage stage(Period period, LocalDate deadline, LocalDate today) {
        LocalDate halfway = period.firstDay().plusDays(ChronoUnit.DAYS.between(period.firstDay(), deadline) / 2);
        if (!today.isBefore(deadline.minusDays(1))) {
            return Stage.LAST_DAY;
        }
        return today.isBefore(halfway) ? Stage.OPENED : Stage.HALFWAY;
    }

    int reporting(LocalDate today) {
        int sent = 0;
        for (Period period : queries.openPeriods(today)) {
            LocalDate deadline = queries.deadline(period);
            Stage stage = stage(period, deadline, today);
            for (ReportingProgress progress : queries.progress(period, RegionScope.nation())) {
                if (progress.complete() || !claims.claim("REPORTING_" + stage, period.toString(), progress.regionCode())) {
                    continue;
                }
                String when = switch (stage) {
                    case OPENED -> "Periode " + IndonesianFormat.period(period.toString()) + " dibuka untuk pelaporan";
                    case HALFWAY -> "Separuh waktu pelaporan " + IndonesianFormat.period(period.toString()) + " telah lewat";
                    case LAST_DAY -> "Batas akhir pelaporan " + IndonesianFormat.period(period.toString()) + " "
                            + (today.isBefore(deadline) ? "besok" : "hari ini");
                };
                sent += notifications.notify(recipients.operatorsOf(progress.regionCode()), null,
                        NotificationKind.REPORTING_REMINDER, when,
                        progress.submitted() + " dari " + progress.expected() + " nilai " + progress.regionName()
                                + " sudah dikirim; batas akhir " + IndonesianFormat.date(deadline) + ".",
                        DashboardLinks.reporting(progress.regionCode(), period.toString(), null));
            }
        }
        return sent;
    }

    /** Each verifier hears of the values waiting within its own scope. */
    int verificationDigest(LocalDate today) {
        int sent = 0;
        Map<String, List<WorkQueries.Waiting>> byScope = new HashMap<>();
        for (Recipients.Account verifier : recipients.accountsWithRole("VERIFIER")) {
            List<WorkQueries.Waiting> waiting = byScope.computeIfAbsent(String.valueOf(verifier.regionCode()),
                    k -> queries.awaitingVerification(RegionScope.of(verifier.regionCode())));
            if (!waiting.isEmpty()) {
                sent += verificationDigest(today, verifier.username(), waiting);
            }
        }
        return sent;
    }

    private int verificationDigest(LocalDate today, String verifier, List<WorkQueries.Waiting> waiting) {
        long values = waiting.stream().mapToLong(WorkQueries.Waiting::count).sum();
        Instant oldest = waiting.stream().map(WorkQueries.Waiting::oldestSubmittedAt)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(Instant.now());
        long days = Duration.between(oldest, Instant.now()).toDays();
        StringBuilder body = new StringBuilder(values + " nilai dari " + waiting.size()
                + " wilayah menunggu verifikasi; terlama " + days + " hari.");
        waiting.stream().limit(14).forEach(w -> body.append("\n- ").append(w.regionName()).append(": ").append(w.count()));
        if (!claims.claim("VERIFICATION_DIGEST", today.toString(), verifier)) {
            return 0;
        }
        return notifications.notify(List.of(verifier), null, NotificationKind.VERIFICATION_DIGEST,
                "Ringkasan verifikasi " + IndonesianFormat.date(today), body.toString(), "/verification");
    }

    int recommendations(LocalDate today) {
        int sent = 0;
        for (DueRecommendation r : queries.dueRecommendations(today.plusDays(WorkService.DUE_SOON_DAYS), RegionScope.nation(), 1000)) {
            boolean overdue = r.dueDate().isBefore(today);
            NotificationKind kind = overdue ? NotificationKind.RECOMMENDATION_OVERDUE : NotificationKind.RECOMMENDATION_DUE_SOON;
            if (claims.claim(kind.name(), r.id().toString(), r.regionCode())) {
                sent += notifications.notify(recipients.operatorsOf(r.regionCode()), null, kind,
                        (overdue ? "Rekomendasi lewat batas waktu " : "Rekomendasi jatuh tempo ")
                                + IndonesianFormat.date(r.dueDate()), r.text(),
                        DashboardLinks.recommendation(r.findingId(), r.id()));
            }
        }
        return sent;
    }

    int roundsClosing(LocalDate today) {
        int sent = 0;
        for (WorkQueries.RoundState round : queries.roundsInProgress()) {
            if (!"OPEN".equals(round.status()) || round.deadline().isBefore(today)
                    || round.deadline().isAfter(today.plusDays(WorkService.DUE_SOON_DAYS))) {
                continue;
            }
            for (String region : queries.regionCodes()) {
                WorkQueries.RegionProposals mine = queries.proposalsOf(round.year(), region);
                if (mine.made() >= mine.expected()
                        || !claims.claim("TARGET_ROUND_CLOSING", String.valueOf(round.year()), region)) {
                    continue;
                }
                sent += notifications.notify(recipients.operatorsOf(region), null, NotificationKind.TARGET_ROUND_CLOSING,
                        "Penetapan target " + round.year() + " ditutup " + IndonesianFormat.date(round.deadline()),
                        (mine.expected() - mine.made()) + " usulan target belum dibuat.",
                        DashboardLinks.targetRound(round.year()));
            }
        }
        return sent;
    }
}
