package org.praxis.community.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The topic list. */
public interface Topics extends JpaRepository<Topic, Long> {
}
