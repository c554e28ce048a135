package org.cep.crossenforcement.internal;

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

/** Money recovered or paid out on a case. */
@Entity
@Table(name = "ce_money")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class MoneyEntity {
    @Id
    @TableGenerator(name = "ce_money", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_money")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "kind")
    public String kind;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "on_date")
    public LocalDate onDate;
    @Column(name = "note")
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    @Column(name = "version")
    public long version;
}
