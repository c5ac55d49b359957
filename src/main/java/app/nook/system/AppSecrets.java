package app.nook.system;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Random secrets that every instance must share, such as signing keys: generated once, on first use, and kept in
 * the database. Two instances asking at the same moment end up with the same secret.
 */
@Service
public class AppSecrets {

    private static final Logger log = LoggerFactory.getLogger(AppSecrets.class);
    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    AppSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret of this name, 32 random bytes, created if it does not exist yet. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public byte[] get(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    private byte[] loadOrCreate(String name) {
        Optional<String> stored = find(name);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[SECRET_BYTES];
            random.nextBytes(fresh);
            try {
                jdbc.sql("insert into app_secret (name, secret, created_at) values (?, ?, ?)")
                        .params(name, Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.instant()))
                        .update();
                log.info("Generated the shared secret '{}'", name);
            } catch (DuplicateKeyException e) {
                log.debug("Another instance generated the shared secret '{}' first", name);
            }
            stored = find(name);
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }

    private Optional<String> find(String name) {
        return jdbc.sql("select secret from app_secret where name = ?")
                .param(name)
                .query(String.class)
                .optional();
    }
}
