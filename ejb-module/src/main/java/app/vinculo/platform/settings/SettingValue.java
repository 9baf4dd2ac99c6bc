package app.vinculo.platform.settings;

import app.vinculo.platform.audit.Audited;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A stored setting value; absent rows mean "the default". Not cached, so every server sees a change at once. */
@Entity
@Table(name = "SETTING")
@Cacheable(false)
@Audited
public class SettingValue {

    @Id
    @Column(name = "SETTING_KEY", length = 80)
    private String key;

    @Column(name = "SETTING_VALUE", length = 2000, nullable = false)
    private String value;

    @Version
    private long version;

    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 80)
    private String updatedBy;

    protected SettingValue() {
    }

    public SettingValue(Setting setting, String value) {
        this.key = setting.name();
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public void change(String newValue, String by, Instant at) {
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long version() {
        return version;
    }
}
