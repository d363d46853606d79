package org.praxis.community.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The platform settings staff keep. */
public interface PlatformSettings extends JpaRepository<PlatformSetting, String> {

    /** A yes/no setting; unset means no. */
    default boolean isOn(String name) {
        return findById(name).map(s -> Boolean.parseBoolean(s.getSettingValue())).orElse(false);
    }
}
