package app.nook.customer;

import app.nook.support.OnPostgres;

/** The email rule on PostgreSQL. */
@OnPostgres
class CustomerEmailRulePostgresRepositoryTests extends CustomerEmailRule {}
