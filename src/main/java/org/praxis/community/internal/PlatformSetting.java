package org.praxis.community.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A platform-wide setting that staff change on their pages and that lives in the database, so
 * every node sees the same value at once. For now: whether new communities need staff approval.
 */
@Entity
@Table(name = "platform_setting")
public class PlatformSetting {

    /** New communities wait for staff approval ("true" or "false"). */
    public static final String COMMUNITY_APPROVAL_REQUIRED = "community.approval-required";

    @Id
    private String settingName;
    private String settingValue;
    private Long updatedBy;
    private Instant updatedAt;

    protected PlatformSetting() {
    }

    public PlatformSetting(String settingName) {
        this.settingName = settingName;
    }

    public void change(String value, long by, Instant now) {
        this.settingValue = value;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String getSettingValue() { return settingValue; }
}
