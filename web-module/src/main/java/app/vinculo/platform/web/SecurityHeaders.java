package app.vinculo.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The security headers of every response, in one place (the filter, the login redirect). */
public final class SecurityHeaders {

    static final String SCRIPTS = "script-src 'self'";

    static final String POLICY = "default-src 'self'; "
            + SCRIPTS + "; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    /**
     * Our policy with the nonce of a policy PrimeFaces wants to set ({@code script-src 'self' 'nonce-…'}); without a
     * nonce in it, our policy unchanged (nothing set later can loosen it).
     */
    static String policyWith(String other) {
        Matcher m = other == null ? null : NONCE.matcher(other);
        if (m == null || !m.find()) {
            return POLICY;
        }
        return POLICY.replace(SCRIPTS + ";", SCRIPTS + " " + m.group() + ";");
    }
}
