package app.nook.customer;

import app.nook.system.InvalidInputException;
import app.nook.system.LocationScope;
import app.nook.system.QueryPlans;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
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
    private final CustomerPageRows pageRows;
    private final CustomerListingProperties properties;
    private final QueryPlans plans;

    CustomerListing(
            NamedParameterJdbcTemplate jdbc,
            CustomerPageRows pageRows,
            CustomerListingProperties properties,
            QueryPlans plans) {
        this.jdbc = jdbc;
        this.pageRows = pageRows;
        this.properties = properties;
        this.plans = plans;
    }

    /** How many customers match, exactly; for a selection of all of them, not for every page view. */
    @Transactional(readOnly = true)
    public long count(CustomerFilter filter, LocationScope scope) {
        planSearch(filter);
        CustomerQuery query = CustomerQuery.of(filter, scope);
        Long count = jdbc.queryForObject(
                "select count(*) from " + query.from() + " where " + query.where(), query.params(), Long.class);
        return count == null ? 0 : count;
    }

    /** The ids of every matching customer, ascending. */
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
     * The page with the given number, skipping the rows of the pages before it, with the count of the filter up to
     * the configured bound.
     *
     * @throws InvalidInputException for a negative page or a size outside 1 to {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public CustomerPage page(CustomerFilter filter, CustomerSort sort, int page, int size, LocationScope scope) {
        if (page < 0) {
            throw new InvalidInputException("page", "Page numbers start at 0");
        }
        checkSize(size);

        CustomerPageRows.Slice found = slice(filter, sort, null, false, (long) page * size, size + 1, scope);
        return assemble(sort, found.rows(), found.rows().size() > size, found.matched(), page, size);
    }

    /**
     * The page of rows that follow the cursor, read from the index without skipping rows.
     *
     * @param page the number to give the page, one more than the page the cursor came from
     * @throws InvalidInputException for a size outside 1 to {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public CustomerPage pageAfter(
            CustomerFilter filter, CustomerCursor after, int page, int size, LocationScope scope) {
        checkSize(size);

        CustomerPageRows.Slice found = slice(filter, after.sort(), after, false, 0, size + 1, scope);
        return assemble(
                after.sort(), found.rows(), found.rows().size() > size, found.matched(), Math.max(page, 1), size);
    }

    /**
     * The page of rows just before the cursor; the first page when fewer than a page's worth precede it.
     *
     * @param page the number to give the page, one less than the page the cursor came from
     * @throws InvalidInputException for a size outside 1 to {@value #MAX_PAGE_SIZE}
     */
    @Transactional(readOnly = true)
    public CustomerPage pageBefore(
            CustomerFilter filter, CustomerCursor before, int page, int size, LocationScope scope) {
        checkSize(size);

        CustomerPageRows.Slice found = slice(filter, before.sort(), before, true, 0, size + 1, scope);
        if (found.rows().size() <= size || page <= 0) {
            return page(filter, before.sort(), 0, size, scope);
        }
        List<CustomerRow> rows = new ArrayList<>(found.rows().subList(0, size));
        Collections.reverse(rows);
        return assemble(before.sort(), rows, true, found.matched(), page, size);
    }

    /** How many customers match, counting no further than {@code limit + 1}. */
    @Transactional(readOnly = true)
    public long countUpTo(CustomerFilter filter, int limit, LocationScope scope) {
        planSearch(filter);
        CustomerQuery query = CustomerQuery.of(filter, scope);
        MapSqlParameterSource params = query.params().addValue("limit", limit + 1);
        String sql = "select count(*) from (select 1 from %s where %s limit :limit) matching";
        Long count = jdbc.queryForObject(sql.formatted(query.from(), query.where()), params, Long.class);
        return count == null ? 0 : count;
    }

    private void planSearch(CustomerFilter filter) {
        if (filter.search() != null) {
            plans.planForParameters();
        }
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
        return new CustomerPage(pageRows.withPlans(rows), total, exact, page, size, next, previous);
    }

    /*
     * A search that matches few customers is answered from all its matches, collected from the trigram indexes and
     * counted in the same pass. Only when more than the bound match does the page walk the sort's index, where a
     * page's worth of matches comes soon enough; PostgreSQL would otherwise walk it for narrow searches too when it
     * overestimates their matches, filtering hundreds of thousands of rows.
     */
    private CustomerPageRows.Slice slice(
            CustomerFilter filter,
            CustomerSort sort,
            CustomerCursor cursor,
            boolean reversed,
            long offset,
            int limit,
            LocationScope scope) {
        int bound = properties.countLimit();
        CustomerQuery query = CustomerQuery.of(filter, scope);
        Long counted = null;
        planSearch(filter);
        if (filter.search() != null) {
            CustomerPageRows.Slice narrow = pageRows.narrow(query, sort, cursor, reversed, offset, limit, bound + 1);
            counted = narrow.matched() >= 0 ? narrow.matched() : countUpTo(filter, bound, scope);
            if (counted <= bound) {
                return new CustomerPageRows.Slice(narrow.rows(), counted);
            }
        }
        long matched = counted != null ? counted : countUpTo(filter, bound, scope);
        return new CustomerPageRows.Slice(pageRows.walk(query, sort, cursor, reversed, offset, limit), matched);
    }
}
