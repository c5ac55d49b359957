package app.nook.customer.lifecycle;

import app.nook.customer.PortalPrincipal;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Counts, without changing anything, what each action would change in a chunk of customers. */
@Repository
class PreviewStore {

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    PreviewStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    LifecyclePreview preview(LifecycleAction action, List<Long> ids) {
        int applicable = 0;
        int contracts = 0;
        int signedIn = 0;
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            List<Long> targets = jdbc.queryForList(
                    "select c.id from customer c where c.id in (:ids) and " + condition(action),
                    new MapSqlParameterSource("ids", chunk),
                    Long.class);
            if (targets.isEmpty()) {
                continue;
            }
            applicable += targets.size();
            contracts += contractsOf(action, targets);
            signedIn += endsSessions(action) ? signedIn(targets) : 0;
        }
        return new LifecyclePreview(action, ids.size(), applicable, contracts, signedIn);
    }

    private int contractsOf(LifecycleAction action, List<Long> customerIds) {
        String condition = switch (action) {
            case ARCHIVE, ERASE -> "status = 'ACTIVE'";
            case RESTORE -> "suspended_by_archive";
            default -> null;
        };
        if (condition == null) {
            return 0;
        }
        return count(
                "select count(*) from contract where customer_id in (:ids) and " + condition,
                new MapSqlParameterSource("ids", customerIds));
    }

    private int signedIn(List<Long> customerIds) {
        List<String> principals =
                customerIds.stream().map(PortalPrincipal::nameOf).toList();
        return count(
                "select count(distinct principal_name) from spring_session where principal_name in (:names)",
                new MapSqlParameterSource("names", principals));
    }

    private int count(String sql, MapSqlParameterSource params) {
        Integer count = jdbc.queryForObject(sql, params, Integer.class);
        return count == null ? 0 : count;
    }

    private static boolean endsSessions(LifecycleAction action) {
        return action == LifecycleAction.ARCHIVE
                || action == LifecycleAction.REVOKE_PORTAL_ACCESS
                || action == LifecycleAction.ERASE;
    }

    /** The customers the action applies to; mirrors the refusals of the steps. */
    private static String condition(LifecycleAction action) {
        String portal = "exists (select 1 from portal_account a where a.customer_id = c.id and a.enabled)";
        return switch (action) {
            case ARCHIVE -> "c.archived_at is null";
            case RESTORE -> "c.archived_at is not null and c.erased_at is null";
            case SUSPEND -> "c.archived_at is null and not c.suspended";
            case LIFT_SUSPENSION -> "c.archived_at is null and c.suspended";
            case GRANT_PORTAL_ACCESS -> "c.archived_at is null and not " + portal;
            case REVOKE_PORTAL_ACCESS -> "c.archived_at is null and " + portal;
            case ERASE -> "c.erased_at is null";
        };
    }
}
