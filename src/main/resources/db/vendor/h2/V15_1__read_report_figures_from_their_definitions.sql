-- The embedded database holds a small business: its reports count from the rows on every request.
create view report_customer_day as select * from report_customer_day_recount;
create view report_plan as select * from report_plan_recount;
create view report_revenue_change as select * from report_revenue_change_recount;
create view report_invoice_day as select * from report_invoice_day_recount;
create view report_check_in_day as select * from report_check_in_day_recount;
