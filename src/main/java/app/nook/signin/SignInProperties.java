package app.nook.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in forms are throttled against password guessing, under {@code nook.sign-in.*}.
 *
 * @param maxFailures failed attempts on one account, within {@code window}, that pause its sign-in
 * @param window how close together those failures must lie
 * @param lockDuration how long sign-in stays paused after the last of them, even with the right password
 */
@ConfigurationProperties("nook.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration) {}
