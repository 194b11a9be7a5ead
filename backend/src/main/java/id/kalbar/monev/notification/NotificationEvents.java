package id.kalbar.monev.notification;

import id.kalbar.monev.evaluation.EvaluationEvents;
import id.kalbar.monev.importing.ImportJobFinished;
import id.kalbar.monev.importing.ImportJobStatus;
import id.kalbar.monev.realization.RealizationReviewed;
import id.kalbar.monev.realization.RealizationStatus;
import id.kalbar.monev.targetround.TargetRoundEvents;
import id.kalbar.monev.work.DashboardLinks;
import id.kalbar.monev.work.IndonesianFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what happens in the features into messages for the people it concerns, in the transaction of the
 * change (an observer {@code IN_PROGRESS} runs inside it), so a message exists exactly when its change does.
 */
@ApplicationScoped
public class NotificationEvents {

    private final NotificationService notifications;
    private final Recipients recipients;

    public NotificationEvents(NotificationService notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    void onRealizationReviewed(@Observes(during = TransactionPhase.IN_PROGRESS) RealizationReviewed event) {
        String what = event.indicatorCode() + " " + recipients.regionName(event.regionCode()) + " "
                + IndonesianFormat.period(event.period());
        String link = DashboardLinks.reporting(event.regionCode(), event.period(), event.indicatorCode());
        if (event.status() == RealizationStatus.VERIFIED) {
            notifications.notify(recipients.operatorsOf(event.regionCode()), event.actor(), NotificationKind.VALUE_VERIFIED,
                    "Nilai diverifikasi: " + what, "Nilai " + what + " telah diverifikasi oleh " + event.actor() + ".", link);
        } else {
            notifications.notify(recipients.operatorsOf(event.regionCode()), event.actor(), NotificationKind.VALUE_RETURNED,
                    "Nilai dikembalikan: " + what,
                    "Dikembalikan oleh " + event.actor() + " dengan alasan: " + event.reason(), link);
        }
    }

    void onRecommendationAssigned(@Observes(during = TransactionPhase.IN_PROGRESS) EvaluationEvents.RecommendationAssigned event) {
        notifications.notify(recipients.operatorsOf(event.regionCode()), event.actor(), NotificationKind.RECOMMENDATION_ASSIGNED,
                "Rekomendasi baru untuk " + recipients.regionName(event.regionCode()),
                event.text() + " (batas waktu " + IndonesianFormat.date(event.dueDate()) + ")",
                DashboardLinks.recommendation(event.findingId(), event.recommendationId()));
    }

    void onFollowUpAdded(@Observes(during = TransactionPhase.IN_PROGRESS) EvaluationEvents.FollowUpAdded event) {
        List<String> to = new ArrayList<>(recipients.operatorsOf(event.findingRegionCode()));
        if (event.responsibleRegionCode() != null) {
            to.addAll(recipients.operatorsOf(event.responsibleRegionCode()));
        }
        to.addAll(recipients.withRoleReaching("VERIFIER", event.findingRegionCode()));
        notifications.notify(to, event.actor(), NotificationKind.FOLLOW_UP_ADDED,
                "Tindak lanjut baru dari " + event.actor(), event.description(),
                DashboardLinks.recommendation(event.findingId(), event.recommendationId()));
    }

    void onRoundOpened(@Observes(during = TransactionPhase.IN_PROGRESS) TargetRoundEvents.RoundOpened event) {
        notifications.notify(recipients.withRole("OPERATOR"), event.actor(), NotificationKind.TARGET_ROUND_OPENED,
                "Penetapan target " + event.year() + " dibuka",
                "Usulkan target " + event.year() + " wilayah Anda paling lambat " + IndonesianFormat.date(event.deadline()) + ".",
                DashboardLinks.targetRound(event.year()));
    }

    void onProposalReviewed(@Observes(during = TransactionPhase.IN_PROGRESS) TargetRoundEvents.ProposalReviewed event) {
        String outcome = switch (event.status()) {
            case ACCEPTED -> "diterima";
            case ADJUSTED -> "disesuaikan menjadi " + IndonesianFormat.number(event.agreedValue());
            case RETURNED -> "dikembalikan";
            case PROPOSED -> "diusulkan";
        };
        String body = "Usulan target " + event.indicatorCode() + " tahun " + event.year() + " " + outcome
                + (event.reason() == null || event.reason().isBlank() ? "." : ". Alasan: " + event.reason());
        notifications.notify(recipients.operatorsOf(event.regionCode()), event.actor(), NotificationKind.PROPOSAL_REVIEWED,
                "Usulan target " + event.indicatorCode() + " " + outcome, body,
                DashboardLinks.proposal(event.year(), event.indicatorCode(), event.regionCode()));
    }

    void onImportFinished(@Observes(during = TransactionPhase.IN_PROGRESS) ImportJobFinished event) {
        String outcome = event.status() == ImportJobStatus.SUCCEEDED ? "selesai"
                : event.status() == ImportJobStatus.REJECTED ? "ditolak" : "gagal";
        notifications.notify(List.of(event.startedBy()), null, NotificationKind.IMPORT_FINISHED,
                "Impor " + event.kind() + " " + outcome,
                "Pemuatan data " + event.kind() + " di latar belakang " + outcome + ".", DashboardLinks.importJob(event.jobId()));
    }
}
