-- H2 cannot index lower(email); an index on the email itself still serves exact lookups.
create index customer_email_idx on customer (email);
