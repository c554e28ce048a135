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

/** An outcome recorded against one of the pair's goals. */
@Entity
@Table(name = "pr_outcome")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class OutcomeEntity {
    @Id
    @TableGenerator(name = "pr_outcome", table = "pr_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "pr", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_outcome")
    @Column(name = "id")
    public Long id;
    @Column(name = "pair_id")
    public long pairId;
    @Column(name = "goal_key")
    public String goalKey;
    @Column(name = "description")
    public String description;
    @Column(name = "achieved_on")
    public LocalDate achievedOn;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_micros")
    public long recordedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
