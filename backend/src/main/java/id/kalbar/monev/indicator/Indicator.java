package id.kalbar.monev.indicator;

import id.kalbar.monev.catalogue.CatalogueEntity;
import id.kalbar.monev.common.period.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "indicator")
public class Indicator extends CatalogueEntity {

    @Column(name = "program_code", nullable = false)
    public String programCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType periodType;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_aggregation", nullable = false)
    public TimeAggregation timeAggregation;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_aggregation", nullable = false)
    public RegionAggregation regionAggregation;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "range_low")
    public BigDecimal rangeLow;

    @Column(name = "range_high")
    public BigDecimal rangeHigh;

    @Column(name = "data_source")
    public String dataSource;

    @Column(name = "ministry_code")
    public String ministryCode;
}
