package app.nook.customer.lifecycle;

import app.nook.contract.ContractChange;
import app.nook.customer.lifecycle.LockedCustomer.PortalState;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Granting and revoking members-portal access. Revoking ends the customer's sessions and tokens at once; granting
 * gives back an existing account with its credentials. Archived customers are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class PortalAccessSteps {

    @Bean
    ChunkStep grantPortalAccessStep(LifecycleStore store, PortalAccessStore portal) {
        return new SimpleStep() {
            @Override
            public LifecycleAction action() {
                return LifecycleAction.GRANT_PORTAL_ACCESS;
            }

            @Override
            CustomerResult refusal(LockedCustomer customer) {
                if (customer.archived()) {
                    return CustomerResult.skipped(customer.id(), "archived");
                }
                return customer.portal() == PortalState.ENABLED
                        ? CustomerResult.skipped(customer.id(), "already has portal access")
                        : null;
            }

            @Override
            List<ContractChange> change(List<Long> targets, StepContext context) {
                portal.enable(targets, context.now());
                store.touch(targets, context);
                return List.of();
            }
        };
    }

    @Bean
    ChunkStep revokePortalAccessStep(LifecycleStore store, PortalAccessStore portal) {
        return new SimpleStep() {
            @Override
            public LifecycleAction action() {
                return LifecycleAction.REVOKE_PORTAL_ACCESS;
            }

            @Override
            CustomerResult refusal(LockedCustomer customer) {
                if (customer.archived()) {
                    return CustomerResult.skipped(customer.id(), "archived");
                }
                return customer.portal() == PortalState.ENABLED
                        ? null
                        : CustomerResult.skipped(customer.id(), "has no portal access");
            }

            @Override
            List<ContractChange> change(List<Long> targets, StepContext context) {
                portal.disable(targets);
                portal.endSessionsAndTokens(targets, context.now());
                store.touch(targets, context);
                return List.of();
            }
        };
    }
}
