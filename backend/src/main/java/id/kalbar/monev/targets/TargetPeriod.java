package id.kalbar.monev.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;

/** The part of an annual target set for one of the indicator's periods. */
@Entity
@Table(name = "target_period")
@IdClass(TargetPeriod.Key.class)
public class TargetPeriod {

    public record Key(String indicatorCode, String regionCode, String period) implements Serializable {
    }

    @Id
    @Column(name = "indicator_code")
    public String indicatorCode;

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    public String period;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public BigDecimal value;
}
