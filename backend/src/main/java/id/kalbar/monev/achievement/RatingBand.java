package id.kalbar.monev.achievement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "RatingBand", description = "A rating and the lowest achievement (%) that earns it")
public record RatingBand(
        @Schema(required = true) Rating rating,
        @Schema(description = "Lowest achievement in %; null for the lowest band", nullable = true) BigDecimal minimum) {
}
