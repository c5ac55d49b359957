package app.nook.contract;

/** A contract whose status a lifecycle change moved, and the customer it belongs to. */
public record ContractChange(long contractId, long customerId, ContractStatus newStatus) {}
