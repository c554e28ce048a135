package org.cep.seizure.internal;


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

/** Money through the court's enforcement account: RECEIVED from a buyer, COST, PAID_OUT to the applicant. */
@Entity
@Table(name = "seizure_ledger")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class LedgerEntity {
    @Id
    @TableGenerator(name = "seizure_ledger", table = "seizure_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "seizure_ledger", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "seizure_ledger")
    @Column(name = "id")
    public Long id;
    @Column(name = "seizure_id")
    public long seizureId;
    @Column(name = "kind")
    public String kind;
    @Column(name = "amount_fen")
    public long amountFen;
    @Column(name = "party")
    public String party;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "at_micros")
    public long atMicros;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "status")
    public String status = "BOOKED";
    @Column(name = "reason")
    public String reason;
    @Column(name = "flagged")
    public boolean flagged;
    @Column(name = "decided_by")
    public String decidedBy;
}
