package app.nook.portal;

import app.nook.system.AppSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the small hint a browser keeps after signing in: which customer last signed in there. When the
 * lifecycle ends that customer's session, the hint still lets the portal tell the browser why.
 */
@Component
public class PortalHints {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String SECRET_NAME = "portal-hint";

    private final PortalProperties properties;
    private final AppSecrets secrets;

    PortalHints(PortalProperties properties, AppSecrets secrets) {
        this.properties = properties;
        this.secrets = secrets;
    }

    /** A hint naming this customer, safe to hand to the browser: {@code id.signature}. */
    public String issue(long customerId) {
        return customerId + "." + signatureOf(customerId);
    }

    /** The customer a hint names, when its signature is right; empty for anything else. */
    public Optional<Long> verify(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        int dot = hint.indexOf('.');
        if (dot < 1 || dot > 19) {
            return Optional.empty();
        }

        long customerId;
        try {
            customerId = Long.parseLong(hint.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = signatureOf(customerId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = hint.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(customerId) : Optional.empty();
    }

    private String signatureOf(long customerId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            byte[] signature = mac.doFinal(("portal-hint:" + customerId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() throws GeneralSecurityException {
        String configured = properties.hintKey();
        if (configured != null && !configured.isBlank()) {
            return MessageDigest.getInstance("SHA-256").digest(configured.getBytes(StandardCharsets.UTF_8));
        }
        return secrets.get(SECRET_NAME);
    }
}
