/**
 * The customers part of the JSON API: listing, reading, creating, updating and erasing customers, and their lifecycle
 * commands, single and bulk, all through the lifecycle engine.
 */
package app.nook.customer.api;
