package app.nook.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides whether browser tests run, are skipped, or fail for want of Chromium. */
class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browsers.available()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("NOOK_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("NOOK_REQUIRE_BROWSER is true but " + Browsers.CHROMIUM + " or "
                    + Browsers.CHROMEDRIVER + " is missing: browser tests cannot run");
        }
        return ConditionEvaluationResult.disabled(
                "SKIPPED: browser tests need Debian's chromium and chromium-driver packages");
    }
}
