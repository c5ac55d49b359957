package app.nook.customer.lifecycle;

import app.nook.audit.AuditLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a step over a list of customers, one transaction per chunk: a chunk is applied whole or not at all, so a
 * crash leaves every customer either changed or untouched. If a chunk fails, its customers are retried one by one
 * so that one bad record does not hold back the others.
 */
@Component
class ChunkRunner {

    private static final Logger log = LoggerFactory.getLogger(ChunkRunner.class);

    private final LifecycleStore store;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ChunkRunner(
            LifecycleStore store,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.store = store;
        this.auditLog = auditLog;
        this.events = events;
        this.transactions = transactions;
    }

    List<CustomerResult> run(
            ChunkStep step, List<Long> ids, int chunkSize, StepContext context, ChunkListener listener) {
        List<CustomerResult> results = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += chunkSize) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + chunkSize));
            try {
                results.addAll(transactions.execute(tx -> applyChunk(step, chunk, context, listener)));
            } catch (RuntimeException e) {
                log.warn(
                        "A chunk of {} customers failed to {}; retrying them one by one",
                        chunk.size(),
                        step.action(),
                        e);
                results.addAll(oneByOne(step, chunk, context, listener));
            }
        }
        return results;
    }

    private List<CustomerResult> oneByOne(
            ChunkStep step, List<Long> chunk, StepContext context, ChunkListener listener) {
        List<CustomerResult> results = new ArrayList<>(chunk.size());
        for (Long id : chunk) {
            try {
                results.addAll(transactions.execute(tx -> applyChunk(step, List.of(id), context, listener)));
            } catch (RuntimeException e) {
                log.warn("Customer {} could not be {}", id, step.action().pastTense(), e);
                CustomerResult failed = CustomerResult.failed(id, reasonOf(e));
                transactions.executeWithoutResult(tx -> listener.chunkDone(List.of(failed)));
                results.add(failed);
            }
        }
        return results;
    }

    private List<CustomerResult> applyChunk(
            ChunkStep step, List<Long> chunk, StepContext context, ChunkListener listener) {
        List<LockedCustomer> customers = store.lock(chunk);
        StepOutcome outcome = step.apply(customers, context);
        List<CustomerResult> results = new ArrayList<>(outcome.results());
        results.addAll(vanished(chunk, customers));

        List<Long> done = outcome.doneIds();
        if (!done.isEmpty()) {
            auditLog.recordEach(context.actor(), step.action().auditAction(), done, context.reason(), context.now());
            events.publishEvent(new CustomerLifecycleEvent(
                    step.action(), done, outcome.contracts(), context.actor().name(), context.reason(), context.now()));
        }
        listener.chunkDone(results);
        return results;
    }

    /** Customers selected at the start but gone by the time their chunk ran. */
    private static List<CustomerResult> vanished(List<Long> chunk, List<LockedCustomer> found) {
        Set<Long> present = new HashSet<>();
        found.forEach(c -> present.add(c.id()));
        return chunk.stream()
                .filter(id -> !present.contains(id))
                .map(id -> CustomerResult.failed(id, "no longer exists"))
                .toList();
    }

    private static String reasonOf(RuntimeException e) {
        if (e instanceof DuplicateKeyException) {
            return "its email is now used by another customer";
        }
        return "could not be changed because of an unexpected error; the server log has details";
    }
}
