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

/** One court's eligibility counts, as reported to a court above it. */
@Entity
@Table(name = "ce_eligibility_count")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class EligibilityCountEntity {
    @Id
    @TableGenerator(name = "ce_eligibility_count", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_eligibility_count")
    @Column(name = "id")
    public Long id;
    @Column(name = "court_id")
    public String courtId;
    @Column(name = "as_of_micros")
    public long asOfMicros;
    @Column(name = "cases")
    public int cases;
    @Column(name = "unexecuted")
    public int unexecuted;
    @Column(name = "stalled")
    public int stalled;
    @Column(name = "flagged")
    public int flagged;
    @Version
    @Column(name = "version")
    public long version;
}
