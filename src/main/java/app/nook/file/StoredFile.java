package app.nook.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** A file attached to a customer, as lists show it. */
public record StoredFile(
        long id,
        long customerId,
        String originalName,
        String contentType,
        long sizeBytes,
        boolean sharedWithCustomer,
        String uploadedBy,
        OffsetDateTime uploadedAt) {

    /** Reads the file's metadata from the current row of a query on {@code customer_file}. */
    static StoredFile from(ResultSet rs) throws SQLException {
        return new StoredFile(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("original_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getBoolean("shared_with_customer"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
