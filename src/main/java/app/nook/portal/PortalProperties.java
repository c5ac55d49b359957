package app.nook.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the members portal, under {@code nook.portal.*}.
 *
 * @param hintKey the key that signs the cookie by which the portal tells a locked-out browser why; when unset, a
 *     random key is generated once and shared by every instance through the database
 * @param invitationValidity how long an invitation or password-reset link works
 */
@ConfigurationProperties("nook.portal")
public record PortalProperties(
        String hintKey, @DefaultValue("72h") Duration invitationValidity) {}
