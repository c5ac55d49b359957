-- What each report counts, computed from the rows themselves and from live customers only: archived customers
-- count nowhere. The reports read relations named like these without the _recount suffix. On the embedded
-- database those are these very views; PostgreSQL keeps them as tables that triggers hold equal to these views in
-- the same statement as every change, so that a report over a million customers sums a few thousand rows.

-- Live customers by home location and registration day, and how many of them hold an active contract.
create view report_customer_day_recount as
select c.home_location_id as location_id, c.registered_on, count(*) as customers,
    sum(case when exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE')
        then 1 else 0 end) as members
from live_customer c
group by c.home_location_id, c.registered_on;

-- Active contracts per plan, the live customers holding them, and what they bill per billing period.
create view report_plan_recount as
select k.plan_id, count(*) as contracts, count(distinct k.customer_id) as members,
    sum(k.price * k.quantity) as billed
from contract k join live_customer c on c.id = k.customer_id
where k.status = 'ACTIVE'
group by k.plan_id;

-- How recurring revenue moves: a contract that is or was running adds what it bills per period from its start
-- and takes it away the day after its end. Recurring revenue on a day is the sum of the changes up to it.
create view report_revenue_change_recount as
select location_id, changed_on, billing_period, sum(amount) as amount
from (
    select p.location_id, k.start_date as changed_on, p.billing_period, k.price * k.quantity as amount
    from contract k join live_customer c on c.id = k.customer_id join plan p on p.id = k.plan_id
    where k.status in ('ACTIVE', 'ENDED')
    union all
    select p.location_id, k.end_date + 1, p.billing_period, -(k.price * k.quantity)
    from contract k join live_customer c on c.id = k.customer_id join plan p on p.id = k.plan_id
    where k.status in ('ACTIVE', 'ENDED') and k.end_date is not null
) changes
group by location_id, changed_on, billing_period;

-- Invoices that count, by the location that issued them and their issue day.
create view report_invoice_day_recount as
select i.location_id, i.issued_on, count(*) as invoices, sum(i.total) as total
from invoice i join live_customer c on c.id = i.customer_id
where i.status <> 'VOID'
group by i.location_id, i.issued_on;

-- Check-ins by location and day.
create view report_check_in_day_recount as
select h.location_id, cast(h.checked_in_at as date) as visit_day, count(*) as check_ins
from check_in h join live_customer c on c.id = h.customer_id
group by h.location_id, cast(h.checked_in_at as date);
