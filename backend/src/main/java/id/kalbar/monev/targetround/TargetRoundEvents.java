package id.kalbar.monev.targetround;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What happens in a target-setting round, fired in the transaction of the change. */
public final class TargetRoundEvents {

    private TargetRoundEvents() {
    }

    public record RoundOpened(int year, LocalDate deadline, String actor) {
    }

    /** The province accepted, adjusted or returned a region's proposal. */
    public record ProposalReviewed(int year, String indicatorCode, String regionCode, ProposalStatus status,
                                   BigDecimal agreedValue, String reason, String actor) {
    }
}
