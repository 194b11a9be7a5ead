package id.kalbar.monev.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Schema(name = "Meeting", description = "An evaluation meeting with its attendance and agreements")
public record MeetingResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) LocalDate date,
        @Schema(required = true) String place,
        @Schema(required = true) int year,
        @Schema(required = true) List<String> periods,
        @Schema(required = true) List<String> invitedRegionCodes,
        @Schema(required = true) List<String> attendedRegionCodes,
        @Schema(nullable = true) String minutes,
        @Schema(required = true) List<AgreementResponse> agreements,
        @Schema(required = true, description = "Findings raised in this meeting") long findingCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static MeetingResponse from(Meeting m, List<AgreementResponse> agreements, long findingCount) {
        return new MeetingResponse(m.id, m.title, m.date, m.place, m.year, splitPeriods(m.periods),
                m.regions.stream().map(r -> r.regionCode).toList(),
                m.regions.stream().filter(r -> r.attended).map(r -> r.regionCode).toList(),
                m.minutes, agreements, findingCount, m.createdAt, m.updatedAt, m.version);
    }

    static List<String> splitPeriods(String periods) {
        return periods == null || periods.isBlank() ? List.of() : Arrays.asList(periods.split(","));
    }
}
