package app.nook.customer.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nook.customer.CustomerProfile;
import app.nook.customer.EmailArchivedException;
import app.nook.customer.EmailTakenException;
import app.nook.staff.Actor;
import app.nook.system.ConflictException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Emails, stale forms and edits of archived customers. */
abstract class ConflictRules extends LifecycleTest {

    @Test
    void creatingACustomerWithAnArchivedCustomersEmailNamesTheArchivedRecord() {
        long archived =
                customers.create(data.profile(location, "Ada Lovelace", "ada@example.com", Set.of()), Actor.system());
        lifecycle.archive(Selection.of(archived), null, Actor.system());

        assertThatThrownBy(() -> data.customer(location, "ADA@example.com"))
                .isInstanceOfSatisfying(EmailArchivedException.class, e -> {
                    assertThat(e.archivedCustomerId()).isEqualTo(archived);
                    assertThat(e.getMessage()).contains("Ada Lovelace").contains("Restore");
                });
        assertThat(data.count("select count(*) from customer")).isEqualTo(1);
    }

    @Test
    void creatingACustomerWithALiveCustomersEmailIsRefused() {
        long existing = data.customer(location, "ada@example.com");

        assertThatThrownBy(() -> data.customer(location, "ada@example.com"))
                .isInstanceOfSatisfying(
                        EmailTakenException.class,
                        e -> assertThat(e.customerId()).isEqualTo(existing));
    }

    @Test
    void aFormLoadedBeforeAnArchiveCannotBeSaved() {
        long customer = data.customer(location, "ada@example.com");
        long loadedVersion = customers.get(customer).version();
        lifecycle.archive(Selection.of(customer), null, Actor.system());
        CustomerProfile edited = data.profile(location, "Ada Edited", "ada@example.com", Set.of());

        assertThatThrownBy(() -> customers.update(customer, loadedVersion, edited, Actor.system()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("archived");
        assertThat(customers.get(customer).fullName()).isNotEqualTo("Ada Edited");
        assertThat(data.customerState(customer).archived()).isTrue();
    }

    @Test
    void aFormLoadedBeforeAnotherChangeIsRefused() {
        long customer = data.customer(location, "ada@example.com");
        long loadedVersion = customers.get(customer).version();
        lifecycle.suspend(Selection.of(customer), null, Actor.system());
        CustomerProfile edited = data.profile(location, "Ada Edited", "ada@example.com", Set.of());

        assertThatThrownBy(() -> customers.update(customer, loadedVersion, edited, Actor.system()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale-version"))
                .hasMessageContaining("changed by someone else");
    }

    @Test
    void aCurrentFormIsSavedAndAudited() {
        long customer = data.customer(location, "ada@example.com");
        long version = customers.get(customer).version();

        customers.update(
                customer,
                version,
                data.profile(location, "Ada King", "ada@example.com", Set.of("vip")),
                Actor.system());

        assertThat(customers.get(customer).fullName()).isEqualTo("Ada King");
        assertThat(customers.get(customer).tags()).containsExactly("vip");
        assertThat(customers.get(customer).version()).isEqualTo(version + 1);
        assertThat(data.auditEntries(customer, "CUSTOMER_UPDATED")).isEqualTo(1);
    }

    @Test
    void anEditCanTakeTheEmailOfAnArchivedCustomer() {
        long archived = data.customer(location, "old@example.com");
        lifecycle.archive(Selection.of(archived), null, Actor.system());
        long customer = data.customer(location, "new@example.com");

        customers.update(
                customer,
                customers.get(customer).version(),
                data.profile(location, "Someone", "old@example.com", Set.of()),
                Actor.system());

        assertThat(customers.get(customer).email()).isEqualTo("old@example.com");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndChangesNothing() {
        assertThatThrownBy(
                        () -> customers.create(data.profile(location, " ", "not-an-email", Set.of()), Actor.system()))
                .isInstanceOf(app.nook.system.InvalidInputException.class)
                .satisfies(e -> assertThat(((app.nook.system.InvalidInputException) e).field())
                        .isIn("email", "fullName"));
        assertThat(data.count("select count(*) from customer")).isZero();
    }
}
