-- Indexes for a large customer base: trigram indexes for the substring searches, partial indexes for the
-- listings of customers who are not archived, prefix indexes for number searches. Each indexes the exact
-- expression the queries use, or the planner ignores it.
create extension if not exists pg_trgm;

create index customer_full_name_trgm_idx on customer using gin (lower(full_name) gin_trgm_ops);
create index customer_email_trgm_idx on customer using gin (lower(email) gin_trgm_ops);
create index customer_company_name_trgm_idx on customer using gin (lower(company_name) gin_trgm_ops);
create index customer_phone_trgm_idx on customer using gin (phone gin_trgm_ops);
create index customer_phone_lower_trgm_idx on customer using gin (lower(phone) gin_trgm_ops);
create index customer_phone_digits_trgm_idx on customer using gin (replace(phone, ' ', '') gin_trgm_ops);

create index customer_live_registered_idx on customer (registered_on desc, id desc) where archived_at is null;
create index customer_live_name_idx on customer (full_name, id) where archived_at is null;
create index customer_live_location_idx on customer (home_location_id, id) where archived_at is null;

create index invoice_number_prefix_idx on invoice (lower(number) text_pattern_ops);
create index contract_number_prefix_idx on contract (lower(number) text_pattern_ops);

-- Expression indexes get their statistics from the next analyze; without them the planner guesses.
analyze customer;
analyze invoice;
analyze contract;
