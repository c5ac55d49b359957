/**
 * Sign-in throttling shared by the staff and the portal sign-in forms: failed attempts are counted per account in
 * the database, so that every instance refuses a guessed-at account alike.
 */
package app.nook.signin;
