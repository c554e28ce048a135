package org.cep.seizure.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A lot of the debtor's assets recorded on site. */
@Entity
@Table(name = "seizure_lot")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class LotEntity {
    @Id
    @TableGenerator(name = "seizure_lot", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_lot", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_lot")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "label")
    public String label;
    @Column(name = "description")
    public String description;
    @Column(name = "unit")
    public String unit;
    @Column(name = "unit_count")
    public long unitCount;
    @Column(name = "age_months")
    public Integer ageMonths;
    @Column(name = "avg_weight_kg")
    public BigDecimal avgWeightKg;
    @Column(name = "market_age_months")
    public Integer marketAgeMonths;
    @Column(name = "market_weight_kg")
    public BigDecimal marketWeightKg;
    @Column(name = "value_per_unit_fen")
    public long valuePerUnitFen;
    @Column(name = "identifiers")
    public String identifiers;
    @Column(name = "health")
    public String health;
    @Column(name = "created_micros")
    public long createdMicros;
    @Version
    @Column(name = "version")
    public long version;
}
