package org.cep.cases.internal;

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

@Entity
@Table(name = "enforcement_case")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class CaseEntity {
    @Id
    @TableGenerator(name = "enforcement_case", table = "case_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "enforcement_case", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "enforcement_case")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "applicant")
    public String applicant;
    @Column(name = "respondent")
    public String respondent;
    @Column(name = "amount_owed_fen")
    public long amountOwedFen;
    @Column(name = "status")
    public String status;
    @Column(name = "created_micros")
    public long createdMicros;
    @Column(name = "closed_micros")
    public Long closedMicros;
    @Column(name = "close_reason")
    public String closeReason;
    @Version
    @Column(name = "version")
    public long version;
}
