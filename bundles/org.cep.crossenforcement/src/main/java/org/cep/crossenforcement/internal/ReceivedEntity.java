package org.cep.crossenforcement.internal;

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

/** A package this court accepted, and the local case it became. */
@Entity
@Table(name = "ce_received")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ReceivedEntity {
    @Id
    @TableGenerator(name = "ce_received", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_received")
    @Column(name = "id")
    public Long id;
    @Column(name = "source_court_id")
    public String sourceCourtId;
    @Column(name = "source_transfer_id")
    public long sourceTransferId;
    @Column(name = "source_case_id")
    public long sourceCaseId;
    @Column(name = "source_case_number")
    public String sourceCaseNumber;
    @Column(name = "local_case_id")
    public long localCaseId;
    @Column(name = "package_sha256")
    public String packageSha256;
    @Column(name = "accepted_micros")
    public long acceptedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
