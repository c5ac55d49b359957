package app.nook.portal;

import app.nook.support.OnH2;

/** The portal's sign-in throttling rules on the embedded H2 database. */
@OnH2
class SignInThrottleH2IntegrationTests extends SignInThrottleRules {}
