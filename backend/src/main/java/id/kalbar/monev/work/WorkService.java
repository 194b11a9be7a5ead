package id.kalbar.monev.work;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.ReportingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Each role's work, most urgent first: overdue, then the nearest due date, then what has waited longest. */
@ApplicationScoped
public class WorkService {

    /** How far ahead a recommendation counts as due. */
    public static final int DUE_SOON_DAYS = 7;
    private static final int LIST_LIMIT = 50;
    private static final Comparator<WorkItem> URGENCY = Comparator
            .comparing((WorkItem i) -> i.daysLeft() == null || i.daysLeft() >= 0)
            .thenComparing(i -> i.kind() != WorkKind.VALUE_RETURNED)
            .thenComparing(WorkItem::daysLeft, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::waitingDays, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(WorkItem::title);

    private final WorkQueries queries;
    private final ReportingCalendar calendar;
    private final Caller caller;

    public WorkService(WorkQueries queries, ReportingCalendar calendar, Caller caller) {
        this.queries = queries;
        this.calendar = calendar;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkList mine() {
        LocalDate today = calendar.today();
        List<WorkItem> items = switch (caller.role()) {
            case OPERATOR -> operator(caller.regionCode().orElseThrow(), today);
            case VERIFIER -> verifier(today);
            case ADMIN -> admin(today);
            case MINISTRY -> ministry(today);
        };
        return new WorkList(today, items.stream().sorted(URGENCY).toList());
    }

    List<WorkItem> operator(String region, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        for (Period period : queries.openPeriods(today)) {
            for (ReportingProgress p : queries.progress(period, region)) {
                if (!p.complete()) {
                    items.add(new WorkItem(WorkKind.OPEN_PERIOD, "Laporan " + IndonesianFormat.period(period.toString()),
                            p.filled() + " dari " + p.expected() + " nilai terisi, " + p.submitted() + " terkirim",
                            region, region + "/" + period, p.deadline(), daysUntil(today, p.deadline()), null,
                            p.filled(), p.expected(), DashboardLinks.reporting(region, period.toString(), null)));
                }
            }
        }
        for (WorkQueries.ReturnedValue v : queries.returnedValues(region)) {
            LocalDate deadline = calendar.deadline(Period.parse(v.period()).orElseThrow());
            items.add(new WorkItem(WorkKind.VALUE_RETURNED, "Dikembalikan: " + v.indicatorName() + " "
                    + IndonesianFormat.period(v.period()), v.reason(), region,
                    v.indicatorCode() + "/" + region + "/" + v.period(), deadline, daysUntil(today, deadline), null, null, null,
                    DashboardLinks.reporting(region, v.period(), v.indicatorCode())));
        }
        addRecommendations(items, queries.dueRecommendations(today.plusDays(DUE_SOON_DAYS), region, LIST_LIMIT), today);
        for (WorkQueries.RoundState round : queries.roundsInProgress()) {
            WorkQueries.RegionProposals mine = queries.proposalsOf(round.year(), region);
            long toMake = Math.max(0, mine.expected() - mine.made());
            boolean open = "OPEN".equals(round.status());
            if ((open && toMake > 0) || mine.returned() > 0) {
                items.add(new WorkItem(WorkKind.PROPOSALS_TO_MAKE, "Usulan target " + round.year(),
                        (open ? toMake + " usulan belum dibuat" : "") + (mine.returned() > 0
                                ? (open ? ", " : "") + mine.returned() + " dikembalikan untuk diperbaiki" : ""),
                        region, String.valueOf(round.year()), round.deadline(), daysUntil(today, round.deadline()), null,
                        mine.made() - mine.returned(), mine.expected(), DashboardLinks.targetRound(round.year())));
            }
        }
        return items;
    }

    List<WorkItem> verifier(LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        Instant now = Instant.now();
        RegionScope scope = caller.scope();
        for (WorkQueries.Waiting w : queries.awaitingVerification(scope)) {
            int waited = w.oldestSubmittedAt() == null ? 0 : (int) Duration.between(w.oldestSubmittedAt(), now).toDays();
            items.add(new WorkItem(WorkKind.AWAITING_VERIFICATION, "Menunggu verifikasi: " + w.regionName(),
                    w.count() + " nilai, terlama " + waited + " hari", w.regionCode(), w.regionCode(), null, null, waited,
                    null, w.count(), DashboardLinks.verification(w.regionCode(), null)));
        }
        addRecommendations(items, queries.dueRecommendations(today.minusDays(1), scope, LIST_LIMIT), today);
        for (WorkQueries.RoundState round : queries.roundsInProgress(scope)) {
            if (round.proposed() > 0) {
                items.add(new WorkItem(WorkKind.PROPOSALS_TO_REVIEW, "Tinjau usulan target " + round.year(),
                        round.proposed() + " usulan menunggu tinjauan", null, String.valueOf(round.year()), round.deadline(),
                        daysUntil(today, round.deadline()), null, round.reviewed(),
                        round.proposed() + round.reviewed() + round.returned(), DashboardLinks.targetRound(round.year())));
            }
        }
        return items;
    }

    List<WorkItem> admin(LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        RegionScope scope = caller.scope();
        for (Period period : queries.openPeriods(today)) {
            for (ReportingProgress p : queries.progress(period, scope)) {
                items.add(new WorkItem(WorkKind.REPORTING_COMPLETENESS, p.regionName() + ": "
                        + IndonesianFormat.period(period.toString()),
                        p.submitted() + " dari " + p.expected() + " nilai terkirim", p.regionCode(),
                        p.regionCode() + "/" + period, p.deadline(), daysUntil(today, p.deadline()), null, p.submitted(),
                        p.expected(), DashboardLinks.reporting(p.regionCode(), period.toString(), null)));
            }
        }
        addRecommendations(items, queries.dueRecommendations(today.minusDays(1), scope, LIST_LIMIT), today);
        // Loads hold no region: an administrator bound to a province sees its own failed loads only.
        String loadsOf = scope.isNation() ? null : caller.username();
        for (WorkQueries.FailedImport f : queries.failedImports(Instant.now().minus(30, ChronoUnit.DAYS), loadsOf)) {
            items.add(new WorkItem(WorkKind.FAILED_IMPORT, "Impor " + f.kind() + " "
                    + ("REJECTED".equals(f.status()) ? "ditolak" : "gagal"), f.error(), null, f.id().toString(), null, null,
                    null, null, null, DashboardLinks.importJob(f.id())));
        }
        for (WorkQueries.RoundState round : queries.roundsInProgress(scope)) {
            String state = switch (round.status()) {
                case "OPEN" -> "dibuka untuk usulan";
                case "UNDER_REVIEW" -> "dalam tinjauan";
                default -> round.status();
            };
            items.add(new WorkItem(WorkKind.TARGET_ROUND, "Penetapan target " + round.year() + ": " + state,
                    round.proposed() + " menunggu tinjauan, " + round.reviewed() + " disepakati, " + round.returned()
                            + " dikembalikan", null, String.valueOf(round.year()), round.deadline(),
                    daysUntil(today, round.deadline()), null, round.reviewed(),
                    round.proposed() + round.reviewed() + round.returned(), DashboardLinks.targetRound(round.year())));
        }
        return items;
    }

    List<WorkItem> ministry(LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        for (Period period : queries.openPeriods(today)) {
            List<ReportingProgress> all = queries.progress(period, RegionScope.nation());
            if (all.isEmpty()) {
                continue;
            }
            long expected = all.stream().mapToLong(ReportingProgress::expected).sum();
            long submitted = all.stream().mapToLong(ReportingProgress::submitted).sum();
            LocalDate deadline = all.get(0).deadline();
            items.add(new WorkItem(WorkKind.PROVINCE_COMPLETENESS, "Kelengkapan " + IndonesianFormat.period(period.toString()),
                    submitted + " dari " + expected + " nilai terkirim", null, period.toString(), deadline,
                    daysUntil(today, deadline), null, submitted, expected, DashboardLinks.achievements()));
        }
        items.add(new WorkItem(WorkKind.KEY_FIGURE, "Nilai terverifikasi " + today.getYear(), null, null,
                "verified/" + today.getYear(), null, null, null, queries.countVerified(today.getYear()), null,
                DashboardLinks.achievements()));
        items.add(new WorkItem(WorkKind.KEY_FIGURE, "Rekomendasi lewat batas waktu", null, null, "recommendations/overdue",
                null, null, null, queries.countOverdueRecommendations(today), null, DashboardLinks.findings(true)));
        return items;
    }

    private void addRecommendations(List<WorkItem> items, List<DueRecommendation> due, LocalDate today) {
        for (DueRecommendation r : due) {
            boolean overdue = r.dueDate().isBefore(today);
            items.add(new WorkItem(overdue ? WorkKind.RECOMMENDATION_OVERDUE : WorkKind.RECOMMENDATION_DUE,
                    (overdue ? "Rekomendasi lewat batas waktu" : "Rekomendasi jatuh tempo ") + (overdue ? "" : IndonesianFormat.date(r.dueDate())),
                    r.text(), r.regionCode(), r.id().toString(), r.dueDate(), daysUntil(today, r.dueDate()), null, null, null,
                    DashboardLinks.recommendation(r.findingId(), r.id())));
        }
    }

    static int daysUntil(LocalDate today, LocalDate due) {
        return (int) ChronoUnit.DAYS.between(today, due);
    }
}
