package app.nook.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the rows of one page of a customer listing: the page's ids are picked first over the id alone, then the
 * page's rows are read with their member and portal flags, so that rows a page skips cost nothing more.
 */
@Repository
class CustomerPageRows {

    private static final String PAGE = """
            select c.id, c.full_name, c.company_name, c.email, c.registered_on, c.suspended,
                c.archived_at, c.archived_by, c.archive_reason,
                exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE') as member,
                exists (select 1 from portal_account a where a.customer_id = c.id and a.enabled) as portal_access,
                shown.matched
            from %s join (%s) shown on shown.id = c.id
            order by %s""";

    private final NamedParameterJdbcTemplate jdbc;

    CustomerPageRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rows of a page and how many customers match, counted up to a bound.
     *
     * @param matched the count, the bound when at least that many match, or -1 when not counted
     */
    record Slice(List<CustomerRow> rows, long matched) {}

    /**
     * The page taken from the first {@code bound} matches, collected in any order, with their number. The rows are
     * the right ones only when fewer than {@code bound} match; an empty page counts nothing.
     */
    Slice narrow(
            CustomerQuery query,
            CustomerSort sort,
            CustomerCursor cursor,
            boolean reversed,
            long offset,
            int limit,
            int bound) {
        MapSqlParameterSource params =
                params(query, sort, cursor, offset, limit).addValue("bound", bound);
        String order = sort.orderBy(reversed);
        String ids = """
                select c.id, c.matched from (
                    select c.id, c.registered_on, c.full_name, count(*) over () as matched
                    from (select c.id, c.registered_on, c.full_name from %s where %s limit :bound) c
                ) c where %s order by %s limit :limit offset :offset""";
        String beyond = cursor == null ? "1 = 1" : sort.beyond(reversed);
        long[] matched = {-1};
        List<CustomerRow> rows = jdbc.query(
                PAGE.formatted(query.from(), ids.formatted(query.from(), query.where(), beyond, order), order),
                params,
                (rs, row) -> {
                    matched[0] = rs.getLong("matched");
                    return rowWithoutPlans(rs);
                });
        return new Slice(rows, matched[0]);
    }

    /** The page read along the order, which the sort's index serves when the filter matches many customers. */
    List<CustomerRow> walk(
            CustomerQuery query, CustomerSort sort, CustomerCursor cursor, boolean reversed, long offset, int limit) {
        MapSqlParameterSource params = params(query, sort, cursor, offset, limit);
        String order = sort.orderBy(reversed);
        String where = cursor == null ? query.where() : query.where() + " and " + sort.beyond(reversed);
        String ids = "select c.id, 0 as matched from %s where %s order by %s limit :limit offset :offset";
        return jdbc.query(
                PAGE.formatted(query.from(), ids.formatted(query.from(), where, order), order),
                params,
                (rs, row) -> rowWithoutPlans(rs));
    }

    private static MapSqlParameterSource params(
            CustomerQuery query, CustomerSort sort, CustomerCursor cursor, long offset, int limit) {
        MapSqlParameterSource params = query.params().addValue("limit", limit).addValue("offset", offset);
        if (cursor != null) {
            params.addValue("cursorKey", cursor.key()).addValue("cursorId", cursor.id());
        }
        return params;
    }

    /** The rows with the names of their customers' active and suspended plans. */
    List<CustomerRow> withPlans(List<CustomerRow> rows) {
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
                .map(row -> row.withPlans(plans.getOrDefault(row.id(), List.of())))
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
