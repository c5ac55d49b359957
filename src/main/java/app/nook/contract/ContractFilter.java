package app.nook.contract;

/**
 * What the contracts list is narrowed to.
 *
 * @param status only contracts in this status, or every status when null
 * @param locationId only contracts of plans at this location, or every location when null
 */
public record ContractFilter(ContractStatus status, Long locationId) {

    public static ContractFilter none() {
        return new ContractFilter(null, null);
    }
}
