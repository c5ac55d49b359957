/** The plans and contracts part of the JSON API: reading plans and contracts, selling and cancelling contracts. */
package app.nook.contract.api;
