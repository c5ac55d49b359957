/** The audit log: who did what to which customer, when and why. Entries are only ever added. */
package app.nook.audit;
