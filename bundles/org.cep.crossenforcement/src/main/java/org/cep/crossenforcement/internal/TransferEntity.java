package org.cep.crossenforcement.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A case package this court sent, with its delivery evidence. */
@Entity
@Table(name = "ce_transfer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class TransferEntity {
    @Id
    @TableGenerator(name = "ce_transfer", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_transfer")
    @Column(name = "id")
    public Long id;
    @Column(name = "order_id")
    public long orderId;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "to_court_id")
    public String toCourtId;
    @Column(name = "grant_id")
    public long grantId;
    @Lob
    @Column(name = "package_json")
    public String packageJson;
    @Column(name = "package_sha256")
    public String packageSha256;
    @Column(name = "package_bytes")
    public long packageBytes;
    @Column(name = "documents")
    public int documents;
    @Column(name = "state")
    public String state;
    @Column(name = "sent_micros")
    public long sentMicros;
    @Column(name = "delivered_micros")
    public Long deliveredMicros;
    @Column(name = "answered_micros")
    public Long answeredMicros;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "reject_reason")
    public String rejectReason;
    @Column(name = "receiving_case_id")
    public Long receivingCaseId;
    @Column(name = "receiving_case_number")
    public String receivingCaseNumber;
    @Column(name = "readback_grant_id")
    public Long readbackGrantId;
    @Version
    @Column(name = "version")
    public long version;
}
