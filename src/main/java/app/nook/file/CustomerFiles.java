package app.nook.file;

import app.nook.system.NookProperties;
import app.nook.system.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/** Stores, checks, lists, opens and erases the files attached to customers. Archiving a customer keeps every file. */
@Service
public class CustomerFiles {

    private static final Logger log = LoggerFactory.getLogger(CustomerFiles.class);
    private static final String COLUMNS =
            "id, customer_id, original_name, content_type, size_bytes, shared_with_customer, uploaded_by, uploaded_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final Path directory;
    private final DataSize maxSize;
    private final Clock clock;

    CustomerFiles(NamedParameterJdbcTemplate jdbc, NookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = properties.files().directory();
        this.maxSize = properties.files().maxSize();
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
        String sql = """
                insert into customer_file (customer_id, original_name, stored_name, content_type, size_bytes,
                    shared_with_customer, uploaded_by, uploaded_at)
                values (:customer, :original, :stored, :type, :size, :shared, :by, :at)""";
        jdbc.update(sql, params, keys, new String[] {"id"});
        deleteOnRollback(target);
        return keys.getKeyAs(Long.class);
    }

    /**
     * Checks an uploaded file and stores it against the customer under the name it came with, made plain, and the
     * content type its first bytes prove; answers its id.
     *
     * @throws FileRefusedException when the file is empty, too large, oddly named or of a refused type
     */
    @Transactional
    public long upload(
            long customerId,
            String originalName,
            long size,
            InputStreamSource content,
            String uploadedBy,
            boolean shared)
            throws IOException {
        UploadCheck.Accepted accepted = UploadCheck.check(originalName, size, content, maxSize);

        long id;
        try (InputStream in = content.getInputStream()) {
            id = store(customerId, accepted.name(), accepted.type().contentType(), in, uploadedBy, shared);
        }

        log.info("File {} ({}) attached to customer {} by {}", id, accepted.type(), customerId, uploadedBy);
        return id;
    }

    /** The files of one customer, newest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> ofCustomer(long customerId) {
        return jdbc.query(
                "select " + COLUMNS
                        + " from customer_file where customer_id = :customer order by uploaded_at desc, id desc",
                new MapSqlParameterSource("customer", customerId),
                (rs, row) -> StoredFile.from(rs));
    }

    /**
     * One file of one customer with its content, for download.
     *
     * @throws NotFoundException when the customer has no such file, or its content is gone
     */
    @Transactional(readOnly = true)
    public FileDownload open(long customerId, long fileId) {
        var params = new MapSqlParameterSource("customer", customerId).addValue("file", fileId);
        List<Map.Entry<StoredFile, String>> found = jdbc.query(
                "select " + COLUMNS + ", stored_name from customer_file where id = :file and customer_id = :customer",
                params,
                (rs, row) -> Map.entry(StoredFile.from(rs), rs.getString("stored_name")));
        if (found.isEmpty()) {
            throw new NotFoundException("File", fileId);
        }

        Path path = directory.resolve(found.get(0).getValue());
        if (!Files.isReadable(path)) {
            log.warn("The content of file {} is missing from the file directory", fileId);
            throw new NotFoundException("File", fileId);
        }
        return new FileDownload(found.get(0).getKey(), new FileSystemResource(path));
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
