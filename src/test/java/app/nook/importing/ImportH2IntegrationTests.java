package app.nook.importing;

import app.nook.support.OnH2;

/** The import rules on the embedded H2 database. */
@OnH2
class ImportH2IntegrationTests extends ImportRules {}
