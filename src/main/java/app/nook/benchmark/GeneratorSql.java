package app.nook.benchmark;

/**
 * The set-based statements of the data generator, PostgreSQL only. Each builds its rows with
 * {@code generate_series} inside the database, so nothing travels row by row over the connection.
 */
final class GeneratorSql {

    static final String LOCATIONS = """
            insert into location (name, city, address, time_zone)
            select 'Bench ' || city, city, 'Main street ' || n, 'Europe/Berlin'
            from unnest(array['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Leipzig', 'Dresden'])
                with ordinality as l(city, n)""";

    static final String PLANS = """
            insert into plan (name, location_id, price, currency, billing_period)
            select l.city || ' ' || p.name, l.id, p.price, 'EUR', p.period
            from location l cross join (values ('Hot desk', 190.00, 'MONTHLY'),
                ('Fixed desk', 870.00, 'QUARTERLY'), ('Private office', 6600.00, 'YEARLY')) as p(name, price, period)
            where l.name like 'Bench %'""";

    /**
     * Customers registered evenly over five years, the newest ids the newest registrations. About 40 % are
     * archived, in the state the lifecycle engine leaves: suspended, email released, what the archive took
     * remembered.
     */
    static final String CUSTOMERS = """
            insert into customer (kind, full_name, email, phone, company_name, billing_city, billing_country,
                home_location_id, registered_on, suspended, archived_at, archived_by, archive_reason,
                suspended_before_archive, portal_before_archive, live_email)
            select case when g.company is null then 'INDIVIDUAL' else 'COMPANY' end,
                g.first || ' ' || g.last, g.email,
                '+49 ' || (30 + g.i % 60) || ' ' || lpad(((g.i::bigint * 7919) % 10000000)::text, 7, '0'),
                g.company, g.city, 'DE', g.location, g.registered,
                g.archived or g.suspended,
                case when g.archived then g.archived_at end,
                case when g.archived then 'system' end,
                case when g.archived then 'Moved away' end,
                case when g.archived then g.suspended end,
                case when g.archived then g.portal end,
                case when g.archived then null else g.email end
            from (
                select s.*, s.registered + ((current_date - s.registered) * s.r3)::int + time '10:00' as archived_at,
                    lower(regexp_replace(s.first || '.' || s.last, '[^A-Za-z.]', '', 'g')) || '.' || s.i
                        || '@example.net' as email
                from (
                    select i, r.first, r.last, r.location, r.city,
                        current_date - 1826 + (i::bigint * 1826 / ?)::int as registered,
                        case when i % 3 = 0 then (?::text[])[1 + (i * 13) % ?] end as company,
                        random() < 0.4 as archived, random() < 0.03 as suspended, random() < 0.2 as portal,
                        random() as r3
                    from generate_series(1, ?::int) as i
                    cross join lateral (select (?::text[])[1 + (i * 31 + i / 97) % ?] as first,
                        (?::text[])[1 + (i * 17 + i / 89) % ?] as last,
                        (?::bigint[])[1 + i % 6] as location,
                        (?::text[])[1 + i % 6] as city) r
                ) s
            ) g""";

    /** Portal accounts for a fifth of customers, disabled for archived ones as an archive leaves them. */
    static final String PORTAL_ACCOUNTS = """
            insert into portal_account (customer_id, password_hash, enabled)
            select c.id, null, c.archived_at is null from customer c
            where (c.archived_at is null and c.id % 5 = 0) or c.portal_before_archive""";

    /**
     * One contract for about 70 % of customers on a plan of their home location: suspended by the archive for
     * archived customers, ended for some, active for the rest.
     */
    static final String CONTRACTS = """
            insert into contract (number, customer_id, plan_id, status, start_date, billing_day, next_renewal_date,
                end_date, price, quantity, suspended_by_archive)
            select 'B-' || c.id, c.id, p.id,
                case when c.archived_at is not null then 'SUSPENDED' when c.id % 20 = 3 then 'ENDED' else 'ACTIVE' end,
                c.registered_on, 1 + c.id % 28,
                case when c.archived_at is null and c.id % 20 <> 3 then current_date + (1 + c.id % 28)::int end,
                case when c.archived_at is null and c.id % 20 = 3 then current_date - (c.id % 300)::int end,
                p.price, 1, c.archived_at is not null
            from customer c
            join plan p on p.location_id = c.home_location_id
                and p.billing_period = (array['MONTHLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'])[1 + c.id % 4]
            where c.id % 10 < 7""";

    /** A year of invoices: one per billing period of each contract, up to its end or its customer's archive. */
    static final String INVOICES = """
            insert into invoice (number, customer_id, location_id, issued_on, due_on, period_start, period_end,
                currency, total, status, contract_id)
            select 'B-' || k.id || '-' || m.n, k.customer_id, p.location_id, d.start, d.start + 14, d.start,
                (d.start + make_interval(months => d.months))::date - 1, 'EUR', k.price * k.quantity,
                case when d.start > current_date - 30 then 'OPEN' else 'PAID' end, k.id
            from contract k
            join plan p on p.id = k.plan_id
            join customer c on c.id = k.customer_id
            cross join generate_series(0, 11) as m(n)
            cross join lateral (select (date_trunc('month', current_date) - make_interval(months => m.n))::date
                as start, case p.billing_period when 'MONTHLY' then 1 when 'QUARTERLY' then 3 else 12 end as months) d
            where m.n % d.months = 0 and d.start >= k.start_date
                and d.start <= coalesce(k.end_date, c.archived_at::date, current_date)""";

    /** About five check-ins in the last year for every customer with an active contract. */
    static final String CHECK_INS = """
            insert into check_in (customer_id, location_id, checked_in_at, checked_out_at)
            select k.customer_id, p.location_id, v.at, v.at + interval '7 hours'
            from contract k join plan p on p.id = k.plan_id
            cross join generate_series(1, 5) as s(n)
            cross join lateral (select current_date - ((k.id * 37 + s.n * 71) % 365)::int
                + time '08:30' + make_interval(mins => ((k.id + s.n) % 120)::int) as at) v
            where k.status = 'ACTIVE'""";

    /** The audit entry the engine writes for every customer it archives. */
    static final String ARCHIVE_AUDIT = """
            insert into audit_entry (occurred_at, actor, action, customer_id, reason)
            select c.archived_at, c.archived_by, 'CUSTOMER_ARCHIVED', c.id, c.archive_reason
            from customer c where c.archived_at is not null""";

    private GeneratorSql() {}
}
