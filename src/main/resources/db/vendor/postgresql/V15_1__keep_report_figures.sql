-- Report figures kept as tables. After every statement each table holds exactly what its _recount view of V15
-- computes from the rows: statement triggers on customer, contract, invoice and check_in add what a statement
-- made count and take away what it made stop counting, in the same transaction. ReportFiguresRules compares the
-- two after every kind of change.
--
-- Rows a statement changes count only for live customers. A customer's liveness changes only under the lifecycle
-- engine's FOR UPDATE lock; the triggers on contract, invoice and check_in take FOR KEY SHARE on the customers
-- they count, which waits for that lock, so a change and a concurrent archive or restore of the same customer are
-- counted one after the other. Figure rows are written in key order, so that two writers cannot deadlock on them.

create table report_customer_day (
    location_id    bigint not null,
    registered_on  date   not null,
    customers      bigint not null,
    members        bigint not null,
    primary key (location_id, registered_on)
);

create table report_plan (
    plan_id    bigint  primary key,
    contracts  bigint  not null,
    members    bigint  not null,
    billed     numeric not null
);

create table report_revenue_change (
    location_id     bigint      not null,
    changed_on      date        not null,
    billing_period  varchar(16) not null,
    amount          numeric     not null,
    primary key (location_id, changed_on, billing_period)
);

create table report_invoice_day (
    location_id  bigint  not null,
    issued_on    date    not null,
    invoices     bigint  not null,
    total        numeric not null,
    primary key (location_id, issued_on)
);

create table report_check_in_day (
    location_id  bigint not null,
    visit_day    date   not null,
    check_ins    bigint not null,
    primary key (location_id, visit_day)
);

-- The rows a statement changed, as a query over its transition tables: each row as it is now with the sign 1,
-- each row as it was with -1. An update's rows whose columns did not change cancel out and are left out.
create function report_changed_rows(operation text, columns text) returns text language sql immutable as $$
    select case operation
        when 'INSERT' then format('select %s, 1 as sign from new_rows', columns)
        when 'DELETE' then format('select %s, -1 as sign from old_rows', columns)
        else format('select *, 1 as sign from (select %1$s from new_rows except all select %1$s from old_rows) a'
            ' union all select *, -1 from (select %1$s from old_rows except all select %1$s from new_rows) r',
            columns)
    end
$$;

-- The statements below are built as text and run by the trigger functions themselves, because a statement's
-- transition tables are visible only to queries the trigger function runs, not to functions it calls.

-- Counts signed contract rows into the plan figures and the revenue changes. The query gives the columns
-- customer_id, plan_id, status, start_date, end_date, price, quantity and sign, for live customers only; a plan
-- gains a member when a customer's first active contract on it counts and loses one when the last stops.
-- A customer's active contracts are looked up by customer alone: with statistics taken before a bulk insert, the
-- planner would otherwise walk every active contract of the plan for each customer.
create function report_counting_contracts(signed_rows text) returns text language sql immutable as $$
    select format($sql$
        with k as (%s),
        plans as (
            insert into report_plan as r (plan_id, contracts, members, billed)
            select a.plan_id, sum(a.delta), sum(least(a.active_now, 1) - least(a.active_now - a.delta, 1)),
                sum(a.billed)
            from (
                select k.plan_id, k.customer_id, sum(k.sign) as delta, sum(k.sign * k.price * k.quantity) as billed,
                    (select count(*) filter (where m.plan_id = k.plan_id)
                     from contract m join customer c on c.id = m.customer_id
                     where m.customer_id = k.customer_id and m.status = 'ACTIVE' and c.archived_at is null)
                        as active_now
                from k
                where k.status = 'ACTIVE'
                group by k.plan_id, k.customer_id
            ) a
            group by a.plan_id
            having sum(a.delta) <> 0 or sum(a.billed) <> 0
            order by a.plan_id
            on conflict (plan_id) do update set contracts = r.contracts + excluded.contracts,
                members = r.members + excluded.members, billed = r.billed + excluded.billed
        )
        insert into report_revenue_change as r (location_id, changed_on, billing_period, amount)
        select p.location_id, d.changed_on, p.billing_period, sum(d.amount)
        from k
        join plan p on p.id = k.plan_id
        cross join lateral (values (k.start_date, k.sign * k.price * k.quantity),
            (k.end_date + 1, -k.sign * k.price * k.quantity)) as d (changed_on, amount)
        where k.status in ('ACTIVE', 'ENDED') and d.changed_on is not null
        group by p.location_id, d.changed_on, p.billing_period
        having sum(d.amount) <> 0
        order by p.location_id, d.changed_on, p.billing_period
        on conflict (location_id, changed_on, billing_period) do update set amount = r.amount + excluded.amount$sql$,
        signed_rows)
$$;

-- Counts signed invoice rows (customer_id, location_id, issued_on, total, status, sign) of live customers.
create function report_counting_invoices(signed_rows text) returns text language sql immutable as $$
    select format($sql$
        insert into report_invoice_day as r (location_id, issued_on, invoices, total)
        select i.location_id, i.issued_on, sum(i.sign), sum(i.sign * i.total)
        from (%s) i
        where i.status <> 'VOID'
        group by i.location_id, i.issued_on
        having sum(i.sign) <> 0 or sum(i.sign * i.total) <> 0
        order by i.location_id, i.issued_on
        on conflict (location_id, issued_on) do update
            set invoices = r.invoices + excluded.invoices, total = r.total + excluded.total$sql$, signed_rows)
$$;

-- Counts signed check-in rows (customer_id, location_id, checked_in_at, sign) of live customers.
create function report_counting_check_ins(signed_rows text) returns text language sql immutable as $$
    select format($sql$
        insert into report_check_in_day as r (location_id, visit_day, check_ins)
        select h.location_id, cast(h.checked_in_at as date), sum(h.sign)
        from (%s) h
        group by h.location_id, cast(h.checked_in_at as date)
        having sum(h.sign) <> 0
        order by h.location_id, cast(h.checked_in_at as date)
        on conflict (location_id, visit_day) do update set check_ins = r.check_ins + excluded.check_ins$sql$,
        signed_rows)
$$;

-- Locks the customers of changed rows, in id order, against a concurrent archive or restore.
create function report_locking_customers(changed_rows text) returns text language sql immutable as $$
    select format('select 1 from customer where id in (select customer_id from (%s) x) order by id for key share',
        changed_rows)
$$;

-- The changed rows that belong to live customers.
create function report_of_live_customers(changed_rows text) returns text language sql immutable as $$
    select format('select x.* from (%s) x join customer c on c.id = x.customer_id and c.archived_at is null',
        changed_rows)
$$;

create function report_contract_change() returns trigger language plpgsql as $$
declare
    changed constant text := report_changed_rows(
        tg_op, 'customer_id, plan_id, status, start_date, end_date, price, quantity');
begin
    execute report_locking_customers(changed);
    execute report_counting_contracts(report_of_live_customers(changed));

    -- A live customer is a member while they hold an active contract.
    execute format($sql$
        insert into report_customer_day as r (location_id, registered_on, customers, members)
        select c.home_location_id, c.registered_on, 0, sum(least(a.active_now, 1) - least(a.active_now - a.delta, 1))
        from (
            select k.customer_id, sum(k.sign) as delta,
                (select count(*) from contract m where m.customer_id = k.customer_id and m.status = 'ACTIVE')
                    as active_now
            from (%s) k
            where k.status = 'ACTIVE'
            group by k.customer_id
        ) a
        join customer c on c.id = a.customer_id
        group by c.home_location_id, c.registered_on
        having sum(least(a.active_now, 1) - least(a.active_now - a.delta, 1)) <> 0
        order by c.home_location_id, c.registered_on
        on conflict (location_id, registered_on) do update set members = r.members + excluded.members$sql$,
        report_of_live_customers(changed));
    return null;
end $$;

create function report_invoice_change() returns trigger language plpgsql as $$
declare
    changed constant text := report_changed_rows(tg_op, 'customer_id, location_id, issued_on, total, status');
begin
    execute report_locking_customers(changed);
    execute report_counting_invoices(report_of_live_customers(changed));
    return null;
end $$;

create function report_check_in_change() returns trigger language plpgsql as $$
declare
    changed constant text := report_changed_rows(tg_op, 'customer_id, location_id, checked_in_at');
begin
    execute report_locking_customers(changed);
    execute report_counting_check_ins(report_of_live_customers(changed));
    return null;
end $$;

-- A customer counts at their home location and registration day while live. When an update archives or restores
-- customers, everything they hold starts or stops counting: their contracts, invoices and check-ins.
create function report_customer_change() returns trigger language plpgsql as $$
declare
    changed constant text := report_changed_rows(
        tg_op, 'id, home_location_id, registered_on, archived_at is null as live');
    flipped constant text := 'select n.id, case when n.archived_at is null then 1 else -1 end as sign'
        ' from new_rows n join old_rows o on o.id = n.id where (n.archived_at is null) <> (o.archived_at is null)';
begin
    execute format($sql$
        insert into report_customer_day as r (location_id, registered_on, customers, members)
        select x.home_location_id, x.registered_on, sum(x.sign), sum(x.sign * x.member)
        from (
            select y.home_location_id, y.registered_on, y.sign,
                case when exists (select 1 from contract m where m.customer_id = y.id and m.status = 'ACTIVE')
                    then 1 else 0 end as member
            from (%s) y
            where y.live
        ) x
        group by x.home_location_id, x.registered_on
        having sum(x.sign) <> 0 or sum(x.sign * x.member) <> 0
        order by x.home_location_id, x.registered_on
        on conflict (location_id, registered_on) do update
            set customers = r.customers + excluded.customers, members = r.members + excluded.members$sql$,
        changed);

    -- A new customer holds nothing yet, and a customer can only be deleted once nothing refers to them.
    if tg_op <> 'UPDATE' then
        return null;
    end if;
    execute report_counting_contracts(format(
        'select k.customer_id, k.plan_id, k.status, k.start_date, k.end_date, k.price, k.quantity, f.sign'
        ' from contract k join (%s) f on f.id = k.customer_id', flipped));
    execute report_counting_invoices(format(
        'select i.customer_id, i.location_id, i.issued_on, i.total, i.status, f.sign'
        ' from invoice i join (%s) f on f.id = i.customer_id', flipped));
    execute report_counting_check_ins(format(
        'select h.customer_id, h.location_id, h.checked_in_at, f.sign'
        ' from check_in h join (%s) f on f.id = h.customer_id', flipped));
    return null;
end $$;

create trigger report_customer_added after insert on customer
    referencing new table as new_rows for each statement execute function report_customer_change();
create trigger report_customer_changed after update on customer
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_customer_change();
create trigger report_customer_removed after delete on customer
    referencing old table as old_rows for each statement execute function report_customer_change();

create trigger report_contract_added after insert on contract
    referencing new table as new_rows for each statement execute function report_contract_change();
create trigger report_contract_changed after update on contract
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_contract_change();
create trigger report_contract_removed after delete on contract
    referencing old table as old_rows for each statement execute function report_contract_change();

create trigger report_invoice_added after insert on invoice
    referencing new table as new_rows for each statement execute function report_invoice_change();
create trigger report_invoice_changed after update on invoice
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_invoice_change();
create trigger report_invoice_removed after delete on invoice
    referencing old table as old_rows for each statement execute function report_invoice_change();

create trigger report_check_in_added after insert on check_in
    referencing new table as new_rows for each statement execute function report_check_in_change();
create trigger report_check_in_changed after update on check_in
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_check_in_change();
create trigger report_check_in_removed after delete on check_in
    referencing old table as old_rows for each statement execute function report_check_in_change();

-- Contracts count at their plan's location and by its billing period, so neither may change once set.
create function report_plan_fixed() returns trigger language plpgsql as $$
begin
    if new.location_id <> old.location_id or new.billing_period <> old.billing_period then
        raise exception 'A plan''s location and billing period cannot change';
    end if;
    return new;
end $$;

create trigger report_plan_fixed before update of location_id, billing_period on plan
    for each row execute function report_plan_fixed();

insert into report_customer_day select * from report_customer_day_recount;
insert into report_plan select * from report_plan_recount;
insert into report_revenue_change select * from report_revenue_change_recount where amount <> 0;
insert into report_invoice_day select * from report_invoice_day_recount;
insert into report_check_in_day select * from report_check_in_day_recount;
