/** Locations: the physical spaces a business runs, each the home of some customers. */
package app.nook.location;
