package app.nook.customer;

import app.nook.support.OnH2;

/** The email rule on the embedded H2 database. */
@OnH2
class CustomerEmailRuleH2RepositoryTests extends CustomerEmailRule {}
