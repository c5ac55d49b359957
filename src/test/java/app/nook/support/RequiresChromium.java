package app.nook.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only when Chromium and ChromeDriver are installed: skipped, with a visible reason, when they are
 * not, and failed instead when {@code NOOK_REQUIRE_BROWSER=true} (as in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(ChromiumCondition.class)
public @interface RequiresChromium {}
