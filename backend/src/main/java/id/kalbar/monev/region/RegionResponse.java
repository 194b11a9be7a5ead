package id.kalbar.monev.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Region", description = "A province, regency or city, keyed by its Kemendagri code")
public record RegionResponse(
        @Schema(required = true, description = "Kemendagri code", examples = "61.71") String code,
        @Schema(required = true, description = "BPS (Statistics Indonesia) code", examples = "6171") String bpsCode,
        @Schema(required = true, examples = "Kota Pontianak") String name,
        @Schema(required = true) RegionLevel level,
        @Schema(description = "Kemendagri code of the parent region; null for a province", nullable = true, examples = "61") String parentCode,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-lock version") long version) {

    static RegionResponse from(Region region) {
        return new RegionResponse(region.code, region.bpsCode, region.name, region.level, region.parentCode,
                region.createdAt, region.updatedAt, region.version);
    }
}
