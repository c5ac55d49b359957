package app.nook.customer;

/**
 * The views of the customer list. Each names the relation to read from: {@code live_customer}, which holds no
 * archived customer, for every view but {@link #ARCHIVED} and {@link #ALL}. Erased customers appear in none.
 */
public enum CustomerView {
    ACTIVE("live_customer", "1 = 1"),
    MEMBERS("live_customer", "exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE')"),
    CONTACTS(
            "live_customer",
            "not exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE')"),
    SUSPENDED("live_customer", "c.suspended"),
    ARCHIVED("customer", "c.archived_at is not null and c.erased_at is null"),
    ALL("customer", "c.erased_at is null");

    private final String relation;
    private final String condition;

    CustomerView(String relation, String condition) {
        this.relation = relation;
        this.condition = condition;
    }

    /** The table or view to select from, aliased {@code c} by the caller. */
    String relation() {
        return relation;
    }

    /** The condition on {@code c} that this view adds. */
    String condition() {
        return condition;
    }

    public boolean includesArchived() {
        return relation.equals("customer");
    }
}
