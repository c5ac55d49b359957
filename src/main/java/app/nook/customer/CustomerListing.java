package app.nook.customer;

import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts, pages and selects customers by filter within the locations of the one asking; the only way listings and
 * bulk selections read customers.
 */
@Service
public class CustomerListing {

    public static final int MAX_PAGE_SIZE = 200;
    private static final int ID_CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    CustomerListing(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public long count(CustomerFilter filter, LocationScope scope) {
        CustomerQuery query = CustomerQuery.of(filter, scope);
        Long count = jdbc.queryForObject(
                "select count(*) from " + query.from() + " where " + query.where(), query.params(), Long.class);
        return count == null ? 0 : count;
    }

    /** The ids of every matching customer within the scope, ascending. */
    @Transactional(readOnly = true)
    public List<Long> ids(CustomerFilter filter, LocationScope scope) {
        CustomerQuery query = CustomerQuery.of(filter, scope);
        return jdbc.queryForList(
                "select c.id from " + query.from() + " where " + query.where() + " order by c.id",
                query.params(),
                Long.class);
    }

    /**
     * Those of the given ids that the filter shows, ascending: a selection made on a page never reaches customers
     * the current view hides.
     */
    @Transactional(readOnly = true)
    public List<Long> idsAmong(CustomerFilter filter, Collection<Long> ids, LocationScope scope) {
        List<Long> distinct = new ArrayList<>(new TreeSet<>(ids));
        List<Long> shown = new ArrayList<>(distinct.size());
        CustomerQuery query = CustomerQuery.of(filter, scope);
        for (int start = 0; start < distinct.size(); start += ID_CHUNK) {
            MapSqlParameterSource params = CustomerQuery.of(filter, scope).params();
            params.addValue("ids", distinct.subList(start, Math.min(distinct.size(), start + ID_CHUNK)));
            shown.addAll(jdbc.queryForList(
                    "select c.id from " + query.from() + " where " + query.where()
                            + " and c.id in (:ids) order by c.id",
                    params,
                    Long.class));
        }
        return shown;
    }

    /**
     * One page of matching customers with the total count.
     *
     * @throws InvalidInputException for a negative page or a size outside 1 to {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public CustomerPage page(CustomerFilter filter, CustomerSort sort, int page, int size, LocationScope scope) {
        if (page < 0) {
            throw new InvalidInputException("page", "Page numbers start at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        CustomerQuery query = CustomerQuery.of(filter, scope);
        MapSqlParameterSource params = query.params();
        params.addValue("limit", size).addValue("offset", (long) page * size);

        String sql = """
                select c.id, c.full_name, c.company_name, c.email, c.registered_on, c.suspended,
                    c.archived_at, c.archived_by, c.archive_reason,
                    exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE')
                        as member,
                    exists (select 1 from portal_account a where a.customer_id = c.id and a.enabled)
                        as portal_access
                from %s join (select c.id from %s where %s order by %s limit :limit offset :offset) shown
                    on shown.id = c.id
                order by %s""";
        List<CustomerRow> rows = jdbc.query(
                sql.formatted(query.from(), query.from(), query.where(), sort.orderBy(), sort.orderBy()),
                params,
                (rs, row) -> rowWithoutPlans(rs));
        return new CustomerPage(withPlans(rows), count(filter, scope), page, size);
    }

    private List<CustomerRow> withPlans(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> plans = new HashMap<>();
        jdbc.query(
                """
                        select m.customer_id, p.name from contract m join plan p on p.id = m.plan_id
                        where m.customer_id in (:ids) and m.status in ('ACTIVE', 'SUSPENDED')
                        order by p.name""",
                new MapSqlParameterSource(
                        "ids", rows.stream().map(CustomerRow::id).toList()),
                rs -> {
                    plans.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2));
                });

        return rows.stream()
                .map(row -> new CustomerRow(
                        row.id(),
                        row.fullName(),
                        row.companyName(),
                        row.email(),
                        row.registeredOn(),
                        row.member(),
                        row.suspended(),
                        row.portalAccess(),
                        row.archivedAt(),
                        row.archivedBy(),
                        row.archiveReason(),
                        List.copyOf(plans.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    private static CustomerRow rowWithoutPlans(ResultSet rs) throws SQLException {
        return new CustomerRow(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("company_name"),
                rs.getString("email"),
                rs.getObject("registered_on", LocalDate.class),
                rs.getBoolean("member"),
                rs.getBoolean("suspended"),
                rs.getBoolean("portal_access"),
                rs.getObject("archived_at", OffsetDateTime.class),
                rs.getString("archived_by"),
                rs.getString("archive_reason"),
                List.of());
    }
}
