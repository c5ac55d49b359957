package app.nook.file;

import app.nook.system.NookProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores, lists and erases the files attached to customers. Archiving a customer keeps every file. */
@Service
public class CustomerFiles {

    private static final Logger log = LoggerFactory.getLogger(CustomerFiles.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Path directory;
    private final Clock clock;

    CustomerFiles(NamedParameterJdbcTemplate jdbc, NookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = properties.files().directory();
        this.clock = clock;
    }

    /** Stores a file's content under a generated name and records it against the customer; answers its id. */
    @Transactional
    public long store(
            long customerId,
            String originalName,
            String contentType,
            InputStream content,
            String uploadedBy,
            boolean shared)
            throws IOException {
        String storedName = UUID.randomUUID().toString().replace("-", "");
        Files.createDirectories(directory);
        Path target = directory.resolve(storedName);
        long size = Files.copy(content, target);

        var params = new MapSqlParameterSource()
                .addValue("customer", customerId)
                .addValue("original", originalName)
                .addValue("stored", storedName)
                .addValue("type", contentType)
                .addValue("size", size)
                .addValue("shared", shared)
                .addValue("by", uploadedBy)
                .addValue("at", Timestamp.from(clock.instant()));
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into customer_file (customer_id, original_name, stored_name, content_type, size_bytes,
                    shared_with_customer, uploaded_by, uploaded_at)
                values (:customer, :original, :stored, :type, :size, :shared, :by, :at)""", params, keys, new String[] {"id"});
        deleteOnRollback(target);
        return keys.getKeyAs(Long.class);
    }

    /** The files of one customer, newest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> ofCustomer(long customerId) {
        return jdbc.query(
                """
                        select id, customer_id, original_name, content_type, size_bytes, shared_with_customer,
                            uploaded_by, uploaded_at
                        from customer_file where customer_id = :customer order by uploaded_at desc, id desc""",
                new MapSqlParameterSource("customer", customerId),
                (rs, row) -> new StoredFile(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)));
    }

    /**
     * Removes the files of these customers for a data-protection erasure: the rows at once, the contents from disk
     * once the transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseAllOf(Collection<Long> customerIds) {
        var params = new MapSqlParameterSource("customers", customerIds);
        List<String> storedNames = jdbc.queryForList(
                "select stored_name from customer_file where customer_id in (:customers)", params, String.class);
        jdbc.update("delete from customer_file where customer_id in (:customers)", params);

        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storedNames.forEach(name -> deleteQuietly(directory.resolve(name)));
            }
        });
    }

    private void deleteOnRollback(Path target) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(target);
                }
            }
        });
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete file content {}; remove it by hand", path.getFileName(), e);
        }
    }
}
