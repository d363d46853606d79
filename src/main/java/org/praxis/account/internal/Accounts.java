package org.praxis.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All accounts. */
public interface Accounts extends JpaRepository<Account, Long> {

    /** Names of the listed accounts (confirmed, not suspended) among these, without loading the accounts. */
    @Query("select a.id as id, a.displayName as displayName from Account a "
            + "where a.id in :ids and a.emailVerifiedAt is not null and a.suspendedAt is null and a.deletedAt is null")
    List<ListedName> listedNames(@Param("ids") Collection<Long> ids);

    /** An account id and its display name. */
    interface ListedName {
        long getId();

        String getDisplayName();
    }

    Optional<Account> findByEmailKey(String emailKey);

    /** What e-mails and notifications need of some accounts, in one query, without loading them. */
    @Query("select a.id as id, a.email as email, a.preferredLanguage as language, a.displayName as displayName, "
            + "a.emailVerifiedAt as verifiedAt, a.suspendedAt as suspendedAt from Account a "
            + "where a.id in :ids and a.deletedAt is null")
    List<ContactRow> contactRows(@Param("ids") Collection<Long> ids);

    /** An account's address, language, name and state. */
    interface ContactRow {
        long getId();

        String getEmail();

        String getLanguage();

        String getDisplayName();

        java.time.Instant getVerifiedAt();

        java.time.Instant getSuspendedAt();
    }

    boolean existsByStaffTrue();

    /**
     * The directory query: filters are optional (null means "any"); {@code listedOnly} hides
     * unconfirmed and suspended accounts from everyone but staff.
     */
    @Query(value = """
            select a from Account a
            where a.deletedAt is null
              and (:listedOnly = false or (a.emailVerifiedAt is not null and a.suspendedAt is null))
              and (:name is null or lower(a.displayName) like :name escape '\\')
              and (:institutionId is null or a.institution.id = :institutionId)
              and (:country is null or a.country = :country)
              and (:topic is null or exists (select 1 from Account b join b.interests t
                                             where b = a and lower(t) = :topic))
            order by a.displayName, a.id
            """)
    Page<Account> search(@Param("listedOnly") boolean listedOnly, @Param("name") String namePattern,
                         @Param("institutionId") Long institutionId, @Param("country") String country,
                         @Param("topic") String topic, Pageable pageable);

    /** Staff search: by display name, real name or e-mail, every account. */
    @Query("""
            select a from Account a
            where a.deletedAt is null and (:text is null or lower(a.displayName) like :text escape '\\'
                   or lower(a.realName) like :text escape '\\' or a.emailKey like :text escape '\\')
            order by a.createdAt desc, a.id desc
            """)
    Page<Account> staffSearch(@Param("text") String textPattern, Pageable pageable);
}
