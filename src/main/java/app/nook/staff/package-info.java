/** Staff users of the admin panel: accounts, roles and permissions, sign-in, and the actor behind every change. */
package app.nook.staff;
