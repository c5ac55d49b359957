package app.nook.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Nook's own settings, all under {@code nook.*}; each may also come from the environment, for example
 * {@code NOOK_DEMO_DATA} or {@code NOOK_ADMIN_EMAIL}.
 *
 * @param demoData whether to load demo data into an empty database; when unset, only the embedded database gets it
 * @param admin the first administrator, created on an empty database
 * @param files where uploaded files are kept
 * @param lifecycle how bulk lifecycle work is split up
 */
@ConfigurationProperties("nook")
public record NookProperties(
        Boolean demoData,
        @DefaultValue Admin admin,
        @DefaultValue Files files,
        @DefaultValue Lifecycle lifecycle) {

    /**
     * The first administrator of an empty database.
     *
     * @param email sign-in email, from {@code NOOK_ADMIN_EMAIL}
     * @param password initial password, from {@code NOOK_ADMIN_PASSWORD}; never written to a file
     */
    public record Admin(String email, String password) {

        public boolean isConfigured() {
            return email != null && !email.isBlank();
        }
    }

    /**
     * @param directory the folder under which file contents are stored with generated names
     * @param maxSize the largest file staff may upload; keep it below {@code spring.servlet.multipart.max-file-size}
     */
    public record Files(
            @DefaultValue("./data/files") Path directory,
            @DefaultValue("10MB") DataSize maxSize) {}

    /** @param chunkSize how many customers one transaction of a bulk action handles */
    public record Lifecycle(@DefaultValue("1000") int chunkSize) {}
}
