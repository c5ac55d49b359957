package app.nook.customer.lifecycle;

import app.nook.support.OnH2;

/** The archive rules on the embedded H2 database. */
@OnH2
class ArchiveH2IntegrationTests extends ArchiveRules {}
