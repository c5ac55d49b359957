package app.nook.file;

import app.nook.system.NookProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files that staff shared with a customer, as the customer may list and download them. */
@Service
public class SharedFiles {

    private static final String COLUMNS = """
            select id, customer_id, original_name, content_type, size_bytes, shared_with_customer, uploaded_by,
                uploaded_at, stored_name
            from customer_file""";

    private final JdbcClient jdbc;
    private final Path directory;

    SharedFiles(JdbcClient jdbc, NookProperties properties) {
        this.jdbc = jdbc;
        this.directory = properties.files().directory();
    }

    /** The customer's shared files, newest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> of(long customerId) {
        return jdbc.sql(COLUMNS + " where customer_id = ? and shared_with_customer order by uploaded_at desc, id desc")
                .param(customerId)
                .query((rs, row) -> StoredFile.from(rs))
                .list();
    }

    /**
     * One shared file with the place of its content, provided it belongs to this customer and is shared; empty
     * otherwise, and also when its content is missing from disk.
     */
    @Transactional(readOnly = true)
    public Optional<SharedFile> open(long customerId, long fileId) {
        return jdbc.sql(COLUMNS + " where id = ? and customer_id = ? and shared_with_customer")
                .params(fileId, customerId)
                .query((rs, row) -> new SharedFile(StoredFile.from(rs), directory.resolve(rs.getString("stored_name"))))
                .optional()
                .filter(file -> Files.isReadable(file.content()));
    }
}
