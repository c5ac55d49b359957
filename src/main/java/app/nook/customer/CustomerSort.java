package app.nook.customer;

/** The orders the customer list offers; each ends on the id so that paging is stable. */
public enum CustomerSort {
    NEWEST("c.registered_on desc, c.id desc"),
    OLDEST("c.registered_on asc, c.id asc"),
    NAME("c.full_name asc, c.id asc"),
    NAME_DESC("c.full_name desc, c.id desc");

    private final String orderBy;

    CustomerSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
