package id.kalbar.monev.achievement;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lowest achievement (%) of each rating, configurable as {@code monev.achievement.rating-bands}
 * (very good, good, fair, poor; anything lower is very poor). Default 91, 76, 66, 51.
 */
@ApplicationScoped
public class RatingBands {

    private final List<BigDecimal> minimums;

    public RatingBands(@ConfigProperty(name = "monev.achievement.rating-bands", defaultValue = "91,76,66,51")
                       List<BigDecimal> minimums) {
        if (minimums.size() != 4) {
            throw new IllegalArgumentException("monev.achievement.rating-bands needs 4 descending minimums");
        }
        for (int i = 1; i < minimums.size(); i++) {
            if (minimums.get(i).compareTo(minimums.get(i - 1)) >= 0) {
                throw new IllegalArgumentException("monev.achievement.rating-bands must be descending: " + minimums);
            }
        }
        this.minimums = List.copyOf(minimums);
    }

    public Rating rate(BigDecimal achievement) {
        Rating[] ratings = Rating.values();
        for (int i = 0; i < minimums.size(); i++) {
            if (achievement.compareTo(minimums.get(i)) >= 0) {
                return ratings[i];
            }
        }
        return Rating.VERY_POOR;
    }

    public List<RatingBand> bands() {
        List<RatingBand> bands = new ArrayList<>();
        Rating[] ratings = Rating.values();
        for (int i = 0; i < minimums.size(); i++) {
            bands.add(new RatingBand(ratings[i], minimums.get(i)));
        }
        bands.add(new RatingBand(Rating.VERY_POOR, null));
        return bands;
    }
}
