package org.praxis.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All institutions. */
public interface Institutions extends JpaRepository<Institution, Long> {

    Optional<Institution> findByNameKey(String nameKey);

    /** Institutions with at least one listed member, with that count, by name. */
    @Query("""
            select i as institution, count(a) as members from Account a join a.institution i
            where a.emailVerifiedAt is not null and a.suspendedAt is null
            group by i order by i.name
            """)
    List<InstitutionCount> withListedMembers();

    /** An institution and how many listed members name it. */
    interface InstitutionCount {
        Institution getInstitution();
        long getMembers();
    }
}
