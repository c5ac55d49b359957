package app.nook.customer.lifecycle;

import app.nook.contract.ContractChange;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Suspending a customer and lifting the suspension: the flag alone; an archived customer is left as it is. */
@Configuration(proxyBeanMethods = false)
class SuspensionSteps {

    @Bean
    ChunkStep suspendStep(LifecycleStore store) {
        return new SimpleStep() {
            @Override
            public LifecycleAction action() {
                return LifecycleAction.SUSPEND;
            }

            @Override
            CustomerResult refusal(LockedCustomer customer) {
                if (customer.archived()) {
                    return CustomerResult.skipped(customer.id(), "archived");
                }
                return customer.suspended() ? CustomerResult.skipped(customer.id(), "already suspended") : null;
            }

            @Override
            List<ContractChange> change(List<Long> targets, StepContext context) {
                store.setSuspended(targets, true, context);
                return List.of();
            }
        };
    }

    @Bean
    ChunkStep liftSuspensionStep(LifecycleStore store) {
        return new SimpleStep() {
            @Override
            public LifecycleAction action() {
                return LifecycleAction.LIFT_SUSPENSION;
            }

            @Override
            CustomerResult refusal(LockedCustomer customer) {
                if (customer.archived()) {
                    return CustomerResult.skipped(customer.id(), "archived; restore the customer instead");
                }
                return customer.suspended() ? null : CustomerResult.skipped(customer.id(), "not suspended");
            }

            @Override
            List<ContractChange> change(List<Long> targets, StepContext context) {
                store.setSuspended(targets, false, context);
                return List.of();
            }
        };
    }
}
