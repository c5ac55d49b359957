package app.nook.customer;

import app.nook.system.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts, pages and selects customers by filter; the only way listings and bulk selections read customers. */
@Service
public class CustomerListing {

    public static final int MAX_PAGE_SIZE = 200;
    private static final int ID_CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CustomerListingProperties properties;

    CustomerListing(NamedParameterJdbcTemplate jdbc, CustomerListingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** How many customers match, exactly; for a selection of all of them, not for every page view. */
    @Transactional(readOnly = true)
    public long count(CustomerFilter filter) {
        CustomerQuery query = CustomerQuery.of(filter);
        Long count = jdbc.queryForObject(
                "select count(*) from " + query.from() + " where " + query.where(), query.params(), Long.class);
        return count == null ? 0 : count;
    }

    /** The ids of every matching customer, ascending. */
    @Transactional(readOnly = true)
    public List<Long> ids(CustomerFilter filter) {
        CustomerQuery query = CustomerQuery.of(filter);
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
    public List<Long> idsAmong(CustomerFilter filter, Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new TreeSet<>(ids));
        List<Long> shown = new ArrayList<>(distinct.size());
        CustomerQuery query = CustomerQuery.of(filter);
        for (int start = 0; start < distinct.size(); start += ID_CHUNK) {
            MapSqlParameterSource params = CustomerQuery.of(filter).params();
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
     * The page with the given number, skipping the rows of the pages before it, with the count of the filter up to
     * the configured bound.
     *
     * @throws InvalidInputException for a negative page or a size outside 1 to {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public CustomerPage page(CustomerFilter filter, CustomerSort sort, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "Page numbers start at 0");
        }
        checkSize(size);

        long counted = countUpTo(filter, properties.countLimit());
        List<CustomerRow> found = read(filter, sort, null, false, counted, (long) page * size, size + 1);
        return assemble(sort, found, found.size() > size, counted, page, size);
    }

    /**
     * The page of rows that follow the cursor, read from the index without skipping rows.
     *
     * @param page the number to give the page, one more than the page the cursor came from
     * @throws InvalidInputException for a size outside 1 to {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public CustomerPage pageAfter(CustomerFilter filter, CustomerCursor after, int page, int size) {
        checkSize(size);

        long counted = countUpTo(filter, properties.countLimit());
        List<CustomerRow> found = read(filter, after.sort(), after, false, counted, 0, size + 1);
        return assemble(after.sort(), found, found.size() > size, counted, Math.max(page, 1), size);
    }

    /**
     * The page of rows just before the cursor; the first page when fewer than a page's worth precede it.
     *
     * @param page the number to give the page, one less than the page the cursor came from
     * @throws InvalidInputException for a size outside 1 to {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public CustomerPage pageBefore(CustomerFilter filter, CustomerCursor before, int page, int size) {
        checkSize(size);

        long counted = countUpTo(filter, properties.countLimit());
        List<CustomerRow> found = read(filter, before.sort(), before, true, counted, 0, size + 1);
        if (found.size() <= size || page <= 0) {
            return page(filter, before.sort(), 0, size);
        }
        List<CustomerRow> rows = new ArrayList<>(found.subList(0, size));
        Collections.reverse(rows);
        return assemble(before.sort(), rows, true, counted, page, size);
    }

    /** How many customers match, counting no further than {@code limit + 1}. */
    @Transactional(readOnly = true)
    public long countUpTo(CustomerFilter filter, int limit) {
        CustomerQuery query = CustomerQuery.of(filter);
        MapSqlParameterSource params = query.params().addValue("limit", limit + 1);
        String sql = "select count(*) from (select 1 from %s where %s limit :limit) matching";
        Long count = jdbc.queryForObject(sql.formatted(query.from(), query.where()), params, Long.class);
        return count == null ? 0 : count;
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    // Pages are read with one row more than they show: that row says whether a next page exists.
    private CustomerPage assemble(
            CustomerSort sort, List<CustomerRow> found, boolean more, long counted, int page, int size) {
        List<CustomerRow> rows = found.size() > size ? found.subList(0, size) : found;
        CustomerCursor next = more && !rows.isEmpty() ? CustomerCursor.of(sort, rows.get(rows.size() - 1)) : null;
        CustomerCursor previous = page > 0 && !rows.isEmpty() ? CustomerCursor.of(sort, rows.get(0)) : null;

        boolean exact = counted <= properties.countLimit();
        long total = exact ? counted : properties.countLimit();
        return new CustomerPage(withPlans(rows), total, exact, page, size, next, previous);
    }

    /*
     * A search that matches few customers is answered by collecting all its matches from the trigram indexes, then
     * sorting them; the fence (offset 0) keeps PostgreSQL from walking the sort's index instead and filtering
     * hundreds of thousands of rows, which it prefers when it overestimates the matches. A search that matches
     * more than the count bound finds a page's worth soon enough along the sort's index.
     */
    private List<CustomerRow> read(
            CustomerFilter filter,
            CustomerSort sort,
            CustomerCursor cursor,
            boolean reversed,
            long counted,
            long offset,
            int limit) {
        CustomerQuery query = CustomerQuery.of(filter);
        MapSqlParameterSource params = query.params();
        params.addValue("limit", limit).addValue("offset", offset);
        String where = query.where();
        if (cursor != null) {
            where += " and " + sort.beyond(reversed);
            params.addValue("cursorKey", cursor.key()).addValue("cursorId", cursor.id());
        }

        String sql = """
                select c.id, c.full_name, c.company_name, c.email, c.registered_on, c.suspended,
                    c.archived_at, c.archived_by, c.archive_reason,
                    exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE')
                        as member,
                    exists (select 1 from portal_account a where a.customer_id = c.id and a.enabled)
                        as portal_access
                from %s join (select c.id from %s order by %s limit :limit offset :offset) shown
                    on shown.id = c.id
                order by %s""";
        String order = sort.orderBy(reversed);
        String matches = query.from() + " where " + where;
        if (filter.search() != null && counted <= properties.countLimit()) {
            matches = "(select c.id, c.registered_on, c.full_name from %s offset 0 rows) c".formatted(matches);
        }
        return jdbc.query(sql.formatted(query.from(), matches, order, order), params, (rs, row) -> rowWithoutPlans(rs));
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
