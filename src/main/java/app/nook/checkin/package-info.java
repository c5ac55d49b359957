/** Check-ins: customers' presence at a location, from arrival to departure. */
package app.nook.checkin;
