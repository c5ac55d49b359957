/** Settings and infrastructure shared by every feature: configuration properties, the clock, error pages. */
package app.nook.system;
