package app.nook.portal.web;

import app.nook.portal.PortalHints;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** The signed cookie naming the customer who last signed in to the portal in this browser. */
@Component
class HintCookie {

    static final String NAME = "NOOK_PORTAL_HINT";
    private static final Duration LIFETIME = Duration.ofDays(30);

    private final PortalHints hints;

    HintCookie(PortalHints hints) {
        this.hints = hints;
    }

    void write(HttpServletRequest request, HttpServletResponse response, long customerId) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, hints.issue(customerId), LIFETIME));
    }

    void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO));
    }

    /** The customer the request's cookie names, when its signature holds. */
    Optional<Long> customerOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> hints.verify(cookie.getValue()));
    }

    private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value)
                .path(request.getContextPath() + "/portal")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build()
                .toString();
    }
}
