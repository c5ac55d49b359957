package app.nook.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded import files, kept in the database so that any instance can run the dry run and the apply. */
@Repository
class UploadStore {

    private final JdbcClient jdbc;

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String id, String uploadedBy, String fileName, byte[] content, Instant now) {
        jdbc.sql("""
                        insert into import_upload (id, uploaded_by, file_name, content, uploaded_at)
                        values (?, ?, ?, ?, ?)""")
                .params(id, uploadedBy, fileName, content, Timestamp.from(now))
                .update();
    }

    /** The file's content, provided the same staff user uploaded it. */
    Optional<byte[]> content(String id, String uploadedBy) {
        return jdbc.sql("select content from import_upload where id = ? and uploaded_by = ?")
                .params(id, uploadedBy)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    void delete(String id) {
        jdbc.sql("delete from import_upload where id = ?").param(id).update();
    }

    void deleteOlderThan(Instant cutoff) {
        jdbc.sql("delete from import_upload where uploaded_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}
