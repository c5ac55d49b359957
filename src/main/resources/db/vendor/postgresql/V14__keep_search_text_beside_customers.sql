-- The text that searches match, kept beside the customer rows instead of in indexes on them. Archiving and
-- restoring change archived_at and live_email, which the partial indexes depend on, so those updates are never
-- HOT: every new row version enters every index of its table. With the trigram indexes on customer, that was six
-- GIN insertions per archived customer for text the archive does not touch. Here the text changes only when a
-- customer's name, email, company or phone does, and the triggers below keep it exact in the same statement.
create table customer_search (
    customer_id   bigint       primary key references customer (id) on delete cascade,
    full_name     varchar(200) not null,
    email         varchar(254) not null,
    company_name  varchar(200),
    phone         varchar(40),
    phone_digits  varchar(40)
);

create function customer_search_add() returns trigger language plpgsql as $$
begin
    insert into customer_search (customer_id, full_name, email, company_name, phone, phone_digits)
    select id, lower(full_name), lower(email), lower(company_name), lower(phone), replace(phone, ' ', '')
    from added;
    return null;
end $$;

create function customer_search_change() returns trigger language plpgsql as $$
begin
    update customer_search set full_name = lower(new.full_name), email = lower(new.email),
        company_name = lower(new.company_name), phone = lower(new.phone), phone_digits = replace(new.phone, ' ', '')
    where customer_id = new.id;
    return null;
end $$;

create trigger customer_search_add after insert on customer
    referencing new table as added for each statement execute function customer_search_add();

create trigger customer_search_change after update of full_name, email, company_name, phone on customer
    for each row when (old.full_name is distinct from new.full_name or old.email is distinct from new.email
        or old.company_name is distinct from new.company_name or old.phone is distinct from new.phone)
    execute function customer_search_change();

insert into customer_search (customer_id, full_name, email, company_name, phone, phone_digits)
select id, lower(full_name), lower(email), lower(company_name), lower(phone), replace(phone, ' ', '')
from customer;

create index customer_search_full_name_trgm_idx on customer_search using gin (full_name gin_trgm_ops);
create index customer_search_email_trgm_idx on customer_search using gin (email gin_trgm_ops);
create index customer_search_company_name_trgm_idx on customer_search using gin (company_name gin_trgm_ops);
create index customer_search_phone_trgm_idx on customer_search using gin (phone gin_trgm_ops);
create index customer_search_phone_digits_trgm_idx on customer_search using gin (phone_digits gin_trgm_ops);

drop index customer_full_name_trgm_idx;
drop index customer_email_trgm_idx;
drop index customer_company_name_trgm_idx;
drop index customer_phone_trgm_idx;
drop index customer_phone_lower_trgm_idx;
drop index customer_phone_digits_trgm_idx;

analyze customer_search;
