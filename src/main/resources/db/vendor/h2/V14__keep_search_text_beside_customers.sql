-- The text that searches match. PostgreSQL keeps it in a table of its own with trigram indexes, so that archiving
-- touches none of them; the embedded database has no trigram indexes and reads it straight from customer.
create view customer_search as
select id as customer_id, lower(full_name) as full_name, lower(email) as email, lower(company_name) as company_name,
    lower(phone) as phone, replace(phone, ' ', '') as phone_digits
from customer;
