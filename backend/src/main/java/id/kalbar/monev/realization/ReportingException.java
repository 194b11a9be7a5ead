package id.kalbar.monev.realization;

import id.kalbar.monev.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An administrator's permission for one region to change one period after its deadline. */
@Entity
@Table(name = "reporting_exception")
@IdClass(ReportingExceptionKey.class)
public class ReportingException extends VersionedEntity {

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    public String period;

    @Column(name = "open_until", nullable = false)
    public LocalDate openUntil;

    @Column(nullable = false)
    public String reason;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;
}
