package id.kalbar.monev.targets;

import id.kalbar.monev.common.persistence.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "target")
@IdClass(TargetKey.class)
public class Target extends VersionedEntity {

    @Id
    @Column(name = "indicator_code")
    public String indicatorCode;

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    public int year;

    @Column(nullable = false)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetStatus status;

    /** Optional breakdown over the indicator's periods (quarters, months, halves). */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumns({
            @JoinColumn(name = "indicator_code", referencedColumnName = "indicator_code", insertable = false, updatable = false),
            @JoinColumn(name = "region_code", referencedColumnName = "region_code", insertable = false, updatable = false),
            @JoinColumn(name = "year", referencedColumnName = "year", insertable = false, updatable = false)})
    @OrderBy("period")
    public List<TargetPeriod> breakdown = new ArrayList<>();

    public TargetKey key() {
        return new TargetKey(indicatorCode, regionCode, year);
    }
}
