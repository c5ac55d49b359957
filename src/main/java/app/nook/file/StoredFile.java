package app.nook.file;

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
        OffsetDateTime uploadedAt) {}
