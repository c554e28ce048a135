package org.cep.conduct.internal;

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

/** One conduct obligation of a judgment (one item of its main text). */
@Entity
@Table(name = "cd_obligation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 64)
public class ObligationEntity {
    @Id
    @TableGenerator(name = "cd_obligation", table = "cd_sequence", pkColumnName = "seq_name", valueColumnName = "seq_count",
            pkColumnValue = "cd", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_obligation")
    @Column(name = "id")
    public Long id;
    @Column(name = "case_id")
    public long caseId;
    @Column(name = "item_no")
    public int itemNo;
    @Column(name = "kind")
    public String kind;
    @Column(name = "description")
    public String description;
    @Column(name = "obligor")
    public String obligor;
    @Column(name = "deadline")
    public LocalDate deadline;
    @Column(name = "source_document")
    public String sourceDocument;
    @Column(name = "check_every_days")
    public Integer checkEveryDays;
    @Column(name = "daily_late_fen")
    public Long dailyLateFen;
    @Column(name = "loss_fen")
    public Long lossFen;
    @Column(name = "state")
    public String state;
    @Column(name = "open_since")
    public LocalDate openSince;
    @Column(name = "banked_days")
    public long bankedDays;
    @Column(name = "last_checked_on")
    public LocalDate lastCheckedOn;
    @Column(name = "next_check_on")
    public LocalDate nextCheckOn;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    @Column(name = "version")
    public long version;
}
