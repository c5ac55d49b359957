package app.nook.contract;

/** Where a contract stands. Only an active contract is ever invoiced. */
public enum ContractStatus {
    ACTIVE,
    SUSPENDED,
    CANCELLED,
    ENDED
}
