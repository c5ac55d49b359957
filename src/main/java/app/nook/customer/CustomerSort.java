package app.nook.customer;

/** The orders the customer list offers; each ends on the id so that paging is stable. */
public enum CustomerSort {
    NEWEST("c.registered_on", true),
    OLDEST("c.registered_on", false),
    NAME("c.full_name", false),
    NAME_DESC("c.full_name", true);

    private final String key;
    private final boolean descending;

    CustomerSort(String key, boolean descending) {
        this.key = key;
        this.descending = descending;
    }

    String orderBy() {
        return orderBy(false);
    }

    /** The order, or its reverse for reading the rows before a cursor. */
    String orderBy(boolean reversed) {
        String direction = descending != reversed ? " desc" : " asc";
        return key + direction + ", c.id" + direction;
    }

    /** The column, other than the id, that orders the rows; a cursor holds its value. */
    String key() {
        return key;
    }

    /**
     * The condition for the rows that come after the cursor in this order, or before it when reversed; a row value
     * comparison, which PostgreSQL answers from the index on the key and the id.
     */
    String beyond(boolean reversed) {
        return "(" + key + ", c.id) " + (descending != reversed ? "<" : ">") + " (:cursorKey, :cursorId)";
    }
}
