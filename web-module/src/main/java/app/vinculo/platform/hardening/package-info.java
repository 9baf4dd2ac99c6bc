/**
 * Security hardening of the presentation tier (issue #16; OWASP ASVS 4.0.3 level 2 where it applies).
 * <ul>
 *     <li>Malformed view parameters ({@code ?id=abc}) answer 404 with the normal page
 *     ({@link app.vinculo.platform.hardening.InvalidViewParameters}); a stale or forged ViewState shows the "page
 *     expired" page with 400 ({@link app.vinculo.platform.hardening.ExpiredViewStatus}); a non-number posted to a number
 *     field is a field message ({@link app.vinculo.platform.hardening.SafeInputNumberRenderer}).</li>
 *     <li>CSV and XLSX exports neutralise formulas ({@link app.vinculo.platform.hardening.SafeExports}, the exporters
 *     registered by {@link app.vinculo.platform.hardening.ExportersRegistration}).</li>
 *     <li>Sessions: idle 30 minutes (web.xml), absolute 12 hours, and a password change ends the user's other sessions
 *     ({@link app.vinculo.platform.hardening.SessionRegistry}).</li>
 * </ul>
 * The security headers and the strict Content Security Policy are {@code platform.web.SecurityHeadersFilter} and
 * {@code SecurityHeaders}; login throttling lives in the business tier ({@code platform.security.LoginThrottle}).
 * Out of scope: business rules (the EJB boundaries decide).
 */
package app.vinculo.platform.hardening;
