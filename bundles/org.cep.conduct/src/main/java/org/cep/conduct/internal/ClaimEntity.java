package org.cep.conduct.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A money claim on the case against the respondent: the cost of substitute performance. */
@Entity
@Table(name = "cd_claim")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ClaimEntity {
    @Id
    @TableGenerator(name = "cd_claim", table = "cd_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "cd", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_claim")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "obligation_id")
    public long obligationId;
    @Column(name = "kind")
    public String kind;
    @Column(name = "performer")
    public String performer;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "performed_on")
    public LocalDate performedOn;
    @Column(name = "note")
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
}
