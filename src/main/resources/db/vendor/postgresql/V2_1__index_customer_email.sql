-- Finds archived customers by email whatever its case (H2 cannot index an expression).
create index customer_email_idx on customer (lower(email));
