package app.nook.customer;

import app.nook.system.InvalidInputException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The customer table, read by id (archived rows included) and written by profile edits. */
@Repository
class CustomerStore {

    private static final String DETAILS = """
            select c.id, c.kind, c.full_name, c.email, c.phone, c.company_name, c.billing_street,
                c.billing_postal_code, c.billing_city, c.billing_country, c.tax_id, c.notes, c.home_location_id,
                l.name as home_location_name, c.registered_on, c.suspended,
                exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE') as member,
                exists (select 1 from portal_account a where a.customer_id = c.id and a.enabled) as portal_access,
                c.archived_at, c.archived_by, c.archive_reason, c.erased_at, c.version
            from customer c join location l on l.id = c.home_location_id
            where c.id = ?""";

    private final JdbcClient jdbc;

    CustomerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CustomerProfile profile, LocalDate registeredOn, Instant now) {
        requireLocation(profile.homeLocationId());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into customer (kind, full_name, email, phone, company_name, billing_street,
                            billing_postal_code, billing_city, billing_country, tax_id, notes, home_location_id,
                            registered_on, live_email, created_at, updated_at)
                        values (:kind, :fullName, :email, :phone, :companyName, :billingStreet, :billingPostalCode,
                            :billingCity, :billingCountry, :taxId, :notes, :homeLocationId, :registeredOn,
                            :liveEmail, :now, :now)""")
                .paramSource(profileParams(profile)
                        .addValue("registeredOn", Date.valueOf(registeredOn))
                        .addValue("now", Timestamp.from(now)))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        insertTags(id, profile);
        return id;
    }

    /** Writes a profile when the version matches and the customer is not archived; answers the rows changed. */
    int update(long id, long expectedVersion, CustomerProfile profile, Instant now) {
        requireLocation(profile.homeLocationId());
        int updated = jdbc.sql("""
                        update customer set kind = :kind, full_name = :fullName, email = :email, phone = :phone,
                            company_name = :companyName, billing_street = :billingStreet,
                            billing_postal_code = :billingPostalCode, billing_city = :billingCity,
                            billing_country = :billingCountry, tax_id = :taxId, notes = :notes,
                            home_location_id = :homeLocationId, live_email = :liveEmail,
                            version = version + 1, updated_at = :now
                        where id = :id and version = :version and archived_at is null""")
                .paramSource(profileParams(profile)
                        .addValue("now", Timestamp.from(now))
                        .addValue("id", id)
                        .addValue("version", expectedVersion))
                .update();
        if (updated > 0) {
            jdbc.sql("delete from customer_tag where customer_id = ?").param(id).update();
            insertTags(id, profile);
        }
        return updated;
    }

    Optional<CustomerDetails> find(long id) {
        return jdbc.sql(DETAILS)
                .param(id)
                .query((rs, row) -> new CustomerDetails(
                        rs.getLong("id"),
                        CustomerKind.valueOf(rs.getString("kind")),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("company_name"),
                        rs.getString("billing_street"),
                        rs.getString("billing_postal_code"),
                        rs.getString("billing_city"),
                        rs.getString("billing_country"),
                        rs.getString("tax_id"),
                        rs.getString("notes"),
                        rs.getLong("home_location_id"),
                        rs.getString("home_location_name"),
                        rs.getObject("registered_on", LocalDate.class),
                        rs.getBoolean("suspended"),
                        rs.getBoolean("member"),
                        rs.getBoolean("portal_access"),
                        rs.getObject("archived_at", OffsetDateTime.class),
                        rs.getString("archived_by"),
                        rs.getString("archive_reason"),
                        rs.getObject("erased_at", OffsetDateTime.class),
                        rs.getLong("version"),
                        tags(id)))
                .optional();
    }

    Optional<Long> liveOwnerOfEmail(String email) {
        return jdbc.sql("select id from customer where live_email = ?")
                .param(normalise(email))
                .query(Long.class)
                .optional();
    }

    /** The most recently archived customer with this email, if any. */
    Optional<ArchivedOwner> archivedOwnerOfEmail(String email) {
        String sql = """
                select id, full_name from customer
                where lower(email) = ? and archived_at is not null and erased_at is null
                order by archived_at desc limit 1""";
        return jdbc.sql(sql).param(normalise(email)).query(ArchivedOwner.class).optional();
    }

    /** The holders of these emails, keyed by lower-case email; a live holder wins over an archived one. */
    Map<String, EmailOwner> ownersOfEmails(Collection<String> emails) {
        Map<String, EmailOwner> owners = new HashMap<>();
        List<String> all =
                emails.stream().map(CustomerStore::normalise).distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("""
                            select id, lower(email) as email, archived_at is not null as archived, home_location_id
                            from customer where lower(email) in (:emails) and erased_at is null""")
                    .param("emails", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, row) -> Map.entry(
                            rs.getString("email"),
                            new EmailOwner(
                                    rs.getLong("id"), rs.getBoolean("archived"), rs.getLong("home_location_id"))))
                    .list()
                    .forEach(found -> owners.merge(found.getKey(), found.getValue(), (a, b) -> a.archived() ? b : a));
        }
        return owners;
    }

    private List<String> tags(long id) {
        return jdbc.sql("select tag from customer_tag where customer_id = ? order by tag")
                .param(id)
                .query(String.class)
                .list();
    }

    private void insertTags(long id, CustomerProfile profile) {
        for (String tag : profile.tags()) {
            jdbc.sql("insert into customer_tag (customer_id, tag) values (?, ?)")
                    .params(id, tag.strip())
                    .update();
        }
    }

    private void requireLocation(long locationId) {
        long found = jdbc.sql("select count(*) from location where id = ?")
                .param(locationId)
                .query(Long.class)
                .single();
        if (found == 0) {
            throw new InvalidInputException("homeLocationId", "Choose an existing location");
        }
    }

    private static MapSqlParameterSource profileParams(CustomerProfile p) {
        return new MapSqlParameterSource()
                .addValue("kind", p.kind().name())
                .addValue("fullName", p.fullName().strip())
                .addValue("email", p.email().strip())
                .addValue("liveEmail", normalise(p.email()))
                .addValue("phone", emptyToNull(p.phone()))
                .addValue("companyName", emptyToNull(p.companyName()))
                .addValue("billingStreet", emptyToNull(p.billingStreet()))
                .addValue("billingPostalCode", emptyToNull(p.billingPostalCode()))
                .addValue("billingCity", emptyToNull(p.billingCity()))
                .addValue("billingCountry", emptyToNull(p.billingCountry()))
                .addValue("taxId", emptyToNull(p.taxId()))
                .addValue("notes", emptyToNull(p.notes()))
                .addValue("homeLocationId", p.homeLocationId());
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record ArchivedOwner(long id, String fullName) {}
}
