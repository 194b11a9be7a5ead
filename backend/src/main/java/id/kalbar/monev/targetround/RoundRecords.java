package id.kalbar.monev.targetround;

import id.kalbar.monev.common.http.EntityTags;
import jakarta.ws.rs.core.EntityTag;

import id.kalbar.monev.indicator.RegionAggregation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The records of the target-setting API. */
public final class RoundRecords {

    private RoundRecords() {
    }

    @Schema(name = "TargetRoundInput", description = "Opens a target-setting round for a year")
    public record RoundInput(
            @Schema(required = true, examples = "2027") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(required = true, description = "Last day regions may propose", examples = "2026-12-20") @NotNull LocalDate deadline) {
    }

    @Schema(name = "TargetRound", description = "A target-setting round and how the regions' proposals add up")
    public record RoundResponse(
            @Schema(required = true) int year,
            @Schema(required = true) LocalDate deadline,
            @Schema(required = true) RoundStatus status,
            @Schema(required = true) String openedBy,
            @Schema(nullable = true) String approvedBy,
            @Schema(nullable = true) Instant approvedAt,
            @Schema(required = true) long proposalCount,
            @Schema(required = true, description = "Per indicator: the province's own value beside the regions' rolled up")
            List<Comparison> comparison,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "TargetRoundComparison", description = "Whether the regions' proposals add up to the province's own")
    public record Comparison(
            @Schema(required = true) String indicatorCode,
            @Schema(required = true) RegionAggregation rule,
            @Schema(description = "The province's proposal (its agreed value once reviewed)", nullable = true) BigDecimal provinceValue,
            @Schema(description = "The regions' proposals rolled up by the rule", nullable = true) BigDecimal regionsValue,
            @Schema(required = true) int regionsProposed) {
    }

    @Schema(name = "TargetProposalInput", description = "A region's proposed target")
    public record ProposalInput(
            @Schema(required = true, examples = "18") @NotNull @Digits(integer = 20, fraction = 4) BigDecimal value,
            @Schema(maxLength = 4000, nullable = true) @Size(max = 4000) String justification) {
    }

    @Schema(name = "TargetAdjustment", description = "The province's value for a proposal, and why")
    public record AdjustInput(
            @Schema(required = true) @NotNull @Digits(integer = 20, fraction = 4) BigDecimal value,
            @Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "TargetProposal", description = "A proposed target with the system's suggestion and review")
    public record ProposalResponse(
            @Schema(required = true) int year,
            @Schema(required = true) String indicatorCode,
            @Schema(required = true) String regionCode,
            @Schema(required = true) BigDecimal value,
            @Schema(nullable = true) String justification,
            @Schema(required = true) ProposalStatus status,
            @Schema(description = "What becomes the target on approval", nullable = true) BigDecimal agreedValue,
            @Schema(nullable = true) String reviewReason,
            @Schema(required = true) String proposedBy,
            @Schema(nullable = true) String reviewedBy,
            @Schema(description = "Computed from the past years' realizations", nullable = true) BigDecimal suggestedValue,
            @Schema(required = true, description = "How the suggestion was computed, in words and numbers") String suggestionBasis,
            @Schema(required = true) List<ProposalFlag> flags,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {

        /** The ETag of a proposal: its version and last change. */
        static EntityTag tag(ProposalResponse p) {
            return EntityTags.of(p.version(), p.updatedAt());
        }

        static ProposalResponse from(TargetProposal p) {
            List<ProposalFlag> flags = p.flags.isBlank() ? List.of()
                    : Arrays.stream(p.flags.split(",")).map(ProposalFlag::valueOf).toList();
            return new ProposalResponse(p.year, p.indicatorCode, p.regionCode, p.value, p.justification, p.status,
                    p.agreedValue, p.reviewReason, p.proposedBy, p.reviewedBy, p.suggestedValue, p.suggestionBasis, flags,
                    p.createdAt, p.updatedAt, p.version);
        }
    }

    @Schema(name = "TargetProposalPage")
    public record ProposalPage(@Schema(required = true) List<ProposalResponse> items, @Schema(required = true) int page,
                               @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    @Schema(name = "TargetRoundPage")
    public record RoundPage(@Schema(required = true) List<RoundResponse> items, @Schema(required = true) int page,
                            @Schema(required = true) int size, @Schema(required = true) long total) {
    }
}
