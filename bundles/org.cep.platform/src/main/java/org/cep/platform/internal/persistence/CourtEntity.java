package org.cep.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "court")
public class CourtEntity {
    @Id
    @Column(name = "id")
    public String id;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "court_level")
    public String level;
    @Column(name = "parent_id")
    public String parentId;
    @Column(name = "region")
    public String region;
    @Column(name = "region_en")
    public String regionEn;
    @Column(name = "computerization")
    public String computerization;
    @Column(name = "active")
    public boolean active;
    @Column(name = "source_file")
    public String sourceFile;
    @Column(name = "config_hash")
    public String configHash;
    /** Modification time of the applied file; a node applies its own file only when it is newer. */
    @Column(name = "config_modified_millis")
    public Long configModifiedMillis;
    @Column(name = "updated_micros")
    public long updatedMicros;
    @Version
    @Column(name = "version")
    public long version;
}
