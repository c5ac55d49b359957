package app.nook.customer.lifecycle;

/**
 * What an action would do to a selection, told before anything changes.
 *
 * @param customers how many customers the selection names
 * @param applicable how many of them the action would change; the rest would be skipped
 * @param contracts how many contracts would move: suspended by an archive, resumed by a restore
 * @param signedIn how many of the changed customers hold an open portal session that would end
 */
public record LifecyclePreview(LifecycleAction action, int customers, int applicable, int contracts, int signedIn) {

    public int skipped() {
        return customers - applicable;
    }
}
