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

/** An asset inquiry and control result (查控) on a case. */
@Entity
@Table(name = "ce_asset")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class AssetEntity {
    @Id
    @TableGenerator(name = "ce_asset", table = "ce_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "ce", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ce_asset")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "kind")
    public String kind;
    @Column(name = "description")
    public String description;
    @Column(name = "value_fen")
    public long valueFen;
    @Column(name = "measure")
    public String measure;
    @Column(name = "found_on")
    public LocalDate foundOn;
    @Column(name = "measure_on")
    public LocalDate measureOn;
    @Column(name = "measure_until")
    public LocalDate measureUntil;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    @Column(name = "version")
    public long version;
}
