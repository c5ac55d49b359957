package app.nook.search;

import app.nook.support.OnH2;

/** The global search rules on the embedded H2 database. */
@OnH2
class GlobalSearchH2IntegrationTests extends GlobalSearchRules {}
