/** Plans and contracts: what a space sells, and the recurring agreements that sell it to customers. */
package app.nook.contract;
