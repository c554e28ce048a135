package org.cep.pairing.internal;

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

/** One activity of a pair: technical support, staff exchange, on-site help or joint training, with its money in fen. */
@Entity
@Table(name = "pr_activity")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ActivityEntity {
    @Id
    @TableGenerator(name = "pr_activity", table = "pr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "pr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_activity")
    @Column(name = "id")
    public Long id;
    @Column(name = "pair_id")
    public long pairId;
    @Column(name = "kind")
    public String kind;
    @Column(name = "title")
    public String title;
    @Column(name = "details")
    public String details;
    @Column(name = "staff_name")
    public String staffName;
    @Column(name = "from_court_id")
    public String fromCourtId;
    @Column(name = "to_court_id")
    public String toCourtId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "allocated_fen")
    public long allocatedFen;
    @Column(name = "spent_fen")
    public long spentFen;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_side")
    public String recordedSide;
    @Column(name = "recorded_micros")
    public long recordedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
