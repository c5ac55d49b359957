package app.nook.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-written SQL doing the work of each measured Nook operation directly over JDBC, the yardstick for
 * Nook's own cost. It reads the {@code customer} table with the archived condition written out.
 */
@Component
@Profile("benchmark")
class BareSql {

    private static final String PAGE = """
            select c.id, c.full_name, c.company_name, c.email, c.registered_on, c.suspended,
                exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE') as member,
                exists (select 1 from portal_account a where a.customer_id = c.id and a.enabled) as portal,
                array(select p.name from contract m join plan p on p.id = m.plan_id
                    where m.customer_id = c.id and m.status in ('ACTIVE', 'SUSPENDED') order by p.name) as plans
            from customer c join (select c.id from customer c where c.archived_at is null%s
                order by %s limit 25 offset ?) shown on shown.id = c.id
            order by %s""";

    private static final String LIST_SEARCH = """
             and c.id in (select s.customer_id from customer_search s where s.full_name like ? or s.email like ?
                or s.company_name like ? or s.phone like ?)""";

    // Counts as the list does: up to its bound of 10,000 and one more.
    private static final String COUNT_UP_TO =
            "select count(*) from (select 1 from customer c where c.archived_at is null%s limit 10001) matching";

    private static final String NEWEST = "c.registered_on desc, c.id desc";

    private static final String SEARCH = """
            select c.id, c.full_name, c.email, c.company_name, c.phone, c.archived_at is not null
            from customer c
            where c.erased_at is null and c.id in (select s.customer_id from customer_search s
                where s.full_name like ? or s.email like ? or s.company_name like ? or s.phone like ?)
            order by c.archived_at is not null, lower(c.full_name), c.id limit 26""";

    private final JdbcTemplate jdbc;

    BareSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void page(String orderBy, long offset) {
        jdbc.queryForList(PAGE.formatted("", orderBy, orderBy), offset);
        jdbc.queryForObject(COUNT_UP_TO.formatted(""), Long.class);
    }

    /** The page after a row, found by comparing the sort key and id; {@code beyond} is that comparison. */
    void pageAfter(String orderBy, String beyond, Object key, long id) {
        jdbc.queryForList(PAGE.formatted(" and " + beyond, orderBy, orderBy), key, id, 0);
        jdbc.queryForObject(COUNT_UP_TO.formatted(""), Long.class);
    }

    void listSearch(String text) {
        String pattern = "%" + text.toLowerCase() + "%";
        jdbc.queryForList(PAGE.formatted(" " + LIST_SEARCH, NEWEST, NEWEST), pattern, pattern, pattern, pattern, 0);
        jdbc.queryForObject(COUNT_UP_TO.formatted(" " + LIST_SEARCH), Long.class, pattern, pattern, pattern, pattern);
    }

    void search(String text) {
        String pattern = "%" + text.toLowerCase() + "%";
        jdbc.queryForList(SEARCH, pattern, pattern, pattern, pattern);
        String prefix = text.toLowerCase() + "%";
        jdbc.queryForList("select i.id from invoice i where lower(i.number) like ? limit 11", prefix);
        jdbc.queryForList("select k.id from contract k where lower(k.number) like ? limit 11", prefix);
    }

    /** Archives the customers in one transaction: the customer rows, portal access, contracts, audit. */
    @Transactional
    void archive(List<Long> ids) {
        Object[] args = {ids.toArray(Long[]::new)};
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                update customer c set suspended_before_archive = c.suspended,
                    portal_before_archive = exists (select 1 from portal_account a where a.customer_id = c.id
                        and a.enabled),
                    suspended = true, archived_at = ?, archived_by = 'bench', archive_reason = null,
                    live_email = null, version = version + 1, updated_at = ?
                where c.id = any(?) and c.archived_at is null""", now, now, args[0]);
        jdbc.update("update portal_account set enabled = false where customer_id = any(?) and enabled", args);
        jdbc.update("""
                update contract set status = 'SUSPENDED', suspended_by_archive = true, updated_at = ?
                where customer_id = any(?) and status = 'ACTIVE'""", now, args[0]);
        jdbc.update("""
                insert into audit_entry (occurred_at, actor, action, customer_id)
                select ?, 'bench', 'CUSTOMER_ARCHIVED', id from unnest(?::bigint[]) as id""", now, args[0]);
    }

    /** Undoes {@link #archive}: gives back suspension, portal access and contracts. */
    @Transactional
    void restore(List<Long> ids) {
        Object[] args = {ids.toArray(Long[]::new)};
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                update portal_account a set enabled = true from customer c
                where c.id = a.customer_id and c.id = any(?) and c.portal_before_archive""", args);
        jdbc.update("""
                update customer set suspended = suspended_before_archive, archived_at = null, archived_by = null,
                    archive_reason = null, suspended_before_archive = null, portal_before_archive = null,
                    live_email = lower(email), version = version + 1, updated_at = ?
                where id = any(?) and archived_at is not null""", now, args[0]);
        jdbc.update("""
                update contract set status = 'ACTIVE', suspended_by_archive = false, updated_at = ?
                where customer_id = any(?) and suspended_by_archive""", now, args[0]);
        jdbc.update("""
                insert into audit_entry (occurred_at, actor, action, customer_id)
                select ?, 'bench', 'CUSTOMER_RESTORED', id from unnest(?::bigint[]) as id""", now, args[0]);
    }

    // The reports read the figures that the schema keeps for them; the bare SQL reads the same figures.

    void headline(LocalDate today) {
        jdbc.queryForList("select sum(customers), sum(members) from report_customer_day");
        membersByPlan();
        jdbc.queryForList(
                "select sum(total) from report_invoice_day where issued_on >= ? and issued_on <= ?",
                today.withDayOfMonth(1),
                today);
        jdbc.queryForList("select sum(check_ins) from report_check_in_day where visit_day >= ?", today);
    }

    void membersByPlan() {
        jdbc.queryForList("""
                select p.name, l.name, r.contracts, r.members, r.billed / case p.billing_period
                    when 'QUARTERLY' then 3 when 'YEARLY' then 12 else 1 end
                from report_plan r join plan p on p.id = r.plan_id join location l on l.id = p.location_id
                where r.contracts > 0 order by l.name, p.name""");
    }

    void recurringRevenueByMonth(LocalDate from, LocalDate to) {
        jdbc.queryForList("""
                select d.day, sum(r.amount / case r.billing_period when 'QUARTERLY' then 3 when 'YEARLY' then 12
                    else 1 end)
                from generate_series(?::date, ?::date, interval '1 month') d(day)
                join report_revenue_change r on r.changed_on <= d.day group by d.day""", from, to);
    }

    void invoicedByMonth(LocalDate from, LocalDate to) {
        jdbc.queryForList("""
                select date_trunc('month', issued_on), sum(total), sum(invoices) from report_invoice_day
                where issued_on between ? and ? group by 1""", from, to);
    }

    void customerFlow(LocalDate from, LocalDate to) {
        jdbc.queryForList("""
                select date_trunc('month', registered_on), sum(customers) from report_customer_day
                where registered_on between ? and ? group by 1""", from, to);
        jdbc.queryForList("""
                select date_trunc('month', a.occurred_at), a.action, count(*) from audit_entry a
                where a.action in ('CUSTOMER_ARCHIVED', 'CUSTOMER_RESTORED') and a.occurred_at >= ?
                    and a.occurred_at < ? group by 1, 2""", from, to.plusDays(1));
    }

    void checkInsByLocationAndWeekday(LocalDate from, LocalDate to) {
        jdbc.queryForList("""
                select location_id, extract(isodow from visit_day), sum(check_ins) from report_check_in_day
                where visit_day >= ? and visit_day < ? group by 1, 2""", from, to.plusDays(1));
    }
}
