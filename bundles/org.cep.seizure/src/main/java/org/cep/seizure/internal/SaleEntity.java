package org.cep.seizure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

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

/** The debtor's advance sale report, the decision on it, and the sale itself. */
@Entity
@Table(name = "seizure_sale")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class SaleEntity {
    @Id
    @TableGenerator(name = "seizure_sale", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_sale", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_sale")
    @Column(name = "id")
    public Long id;
    @Column(name = "seizure_id")
    public long seizureId;
    @Column(name = "status")
    public String status;
    @Column(name = "buyer")
    public String buyer;
    @Column(name = "expected_price_fen")
    public long expectedPriceFen;
    @Column(name = "expected_date")
    public LocalDate expectedDate;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "sold_count")
    public Long soldCount;
    @Column(name = "weight_kg")
    public BigDecimal weightKg;
    @Column(name = "price_fen")
    public Long priceFen;
    @Column(name = "sold_date")
    public LocalDate soldDate;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "sold_by")
    public String soldBy;
    @Version
    @Column(name = "version")
    public long version;
}
