/**
 * Cross-cutting presentation-tier technology of the portal.
 * <ul>
 *     <li>Security: form login through Jakarta Security ({@link app.vinculo.platform.web.SecurityConfiguration},
 *     {@link app.vinculo.platform.web.LoginBacking}); the identity store lives in the business tier.
 *     The session id changes at login; logout invalidates the session.</li>
 *     <li>Language: {@link app.vinculo.platform.web.LocaleBacking} (the user's choice, else the browser's, else
 *     Spanish) and {@link app.vinculo.platform.web.Texts} (the {@code app.vinculo.i18n.messages} bundles).</li>
 *     <li>Errors: {@link app.vinculo.platform.web.BusinessExceptionHandler} turns business exceptions of an action
 *     into a translated message on the same page; anything else goes to the error pages (no stack traces).
 *     The REST layer maps the same exceptions to {@code application/problem+json}.</li>
 *     <li>Security headers and caching: {@link app.vinculo.platform.web.SecurityHeadersFilter}.</li>
 *     <li>Pages that moved: {@link app.vinculo.platform.web.MovedPages} answers their old addresses with 301 to the
 *     new ones (links in reminder e-mails already sent).</li>
 *     <li>REST: {@code /api/v1} ({@link app.vinculo.platform.web.RestApplication}), bearer tokens of service
 *     accounts ({@link app.vinculo.platform.web.BearerTokenInterceptor}); the resources are {@code integration.rest}'s.</li>
 *     <li>Pages: {@link app.vinculo.platform.web.DisplayFormat} (dates, instants and money in the reader's format, shown
 *     through the {@code v:date}, {@code v:dateTime} and {@code v:money} tag files), the base of every list page's bean
 *     ({@link app.vinculo.platform.web.ListBacking} over {@link app.vinculo.platform.web.PagedRows}) and of every printed
 *     report ({@link app.vinculo.platform.web.PdfReport} with {@link app.vinculo.platform.web.PdfParts}).</li>
 * </ul>
 * Out of scope: business rules (the EJB boundaries decide, pages only hide what a role cannot do).
 */
package app.vinculo.platform.web;
