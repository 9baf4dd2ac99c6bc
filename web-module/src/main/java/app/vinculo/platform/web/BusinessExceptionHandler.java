package app.vinculo.platform.web;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the business tier refuses into a translated message on the same page, keeping everything the user
 * typed: {@link BusinessException} (its message key and arguments), {@link EJBAccessException} (role refused),
 * {@link ConstraintViolationException} (one message per violation) and {@link OptimisticLockException} (someone else
 * saved first), however wrapped (FacesException, ELException, EJBException); a database that cannot be reached
 * ({@link DatabaseUnavailable}) gives "try again" instead of the generic error. Everything else, and anything thrown
 * while rendering, goes on to the wrapped handler (OmniFaces' full-Ajax handler, then the error pages).
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^{}]+)}");

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean unavailable = false;
        if (context != null) {
            boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (DatabaseUnavailable.in(thrown)) {
                    events.remove();
                    unavailable = true;
                } else if (rendering) {
                    continue;
                } else if (!context.isPostback() && cause(thrown, NotFoundException.class) != null) {
                    events.remove();
                    notFoundPage(context);
                } else if (toMessages(context, thrown)) {
                    events.remove();
                    context.validationFailed();
                    context.renderResponse();
                }
            }
            if (unavailable) {
                databaseUnavailable(context, rendering);
            }
        }
        getWrapped().handle();
    }

    /**
     * The database cannot be reached ({@link DatabaseUnavailable}): a form sent before the page is rendered again
     * keeps what the user typed and says "nothing was saved, try again"; a page that cannot be shown without the
     * database answers the 503 page (status 503, no stack trace) — for an Ajax request through the full-Ajax handler,
     * which renders the error page mapped to {@link DatabaseUnavailable} in web.xml.
     */
    private void databaseUnavailable(FacesContext context, boolean rendering) {
        if (context.isPostback() && !rendering) {
            add(context, Texts.text(locale(context), "error.databaseUnavailable"));
            context.validationFailed();
            context.renderResponse();
            return;
        }
        ExternalContext external = context.getExternalContext();
        if (!context.getPartialViewContext().isAjaxRequest() && !external.isResponseCommitted()) {
            try {
                external.responseReset();
                external.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                external.responseSendError(503, "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
            return;
        }
        context.getApplication().publishEvent(context, ExceptionQueuedEvent.class,
                new ExceptionQueuedEventContext(context, new DatabaseUnavailable(null)));
    }

    /**
     * A page opened (GET) for a record that does not exist, or without the id it needs: the portal's 404 page. The one
     * place this is decided, so a view bean's {@code f:viewAction} simply asks its boundary (see {@link ViewIds}).
     */
    private static void notFoundPage(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        return Causes.find(thrown, type).orElse(null);
    }

    /** Adds the messages for a known exception; false when the exception is not one the user can act on. */
    static boolean toMessages(FacesContext context, Throwable thrown) {
        Locale locale = locale(context);
        for (Throwable t : Causes.of(thrown)) {
            if (t instanceof BusinessException b) {
                add(context, Texts.text(locale, b.messageKey(), statusLabels(locale, b.messageKey(), b.arguments())));
                return true;
            }
            if (t instanceof EJBAccessException) {
                add(context, Texts.text(locale, "error.forbidden"));
                return true;
            }
            if (t instanceof OptimisticLockException) {
                add(context, Texts.text(locale, "error.concurrentEdit"));
                return true;
            }
            if (t instanceof ConstraintViolationException cve) {
                Set<ConstraintViolation<?>> violations = cve.getConstraintViolations();
                if (violations == null || violations.isEmpty()) {
                    add(context, Texts.text(locale, "error.invalid"));
                } else {
                    violations.forEach(v -> add(context, violationText(v, locale)));
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Status codes among a message's arguments shown by their label: for {@code visit.transitionRefused} with
     * "PLANNED", the text of {@code visit.status.PLANNED} (the key's first segment + {@code .status.} + the code).
     */
    static Object[] statusLabels(Locale locale, String key, Object[] arguments) {
        if (arguments == null || arguments.length == 0 || key == null || !key.contains(".")) {
            return arguments;
        }
        ResourceBundle bundle = Texts.bundle(locale);
        String prefix = key.substring(0, key.indexOf('.')) + ".status.";
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String code && code.matches("[A-Z_]+") && bundle.containsKey(prefix + code)) {
                shown[i] = bundle.getString(prefix + code).toLowerCase(Texts.supported(locale));
            }
        }
        return shown;
    }

    /**
     * The violation's message in the user's language. The business tier interpolated it in the server's locale and
     * with its own bundles, so a plain {@code {key}} template is looked up again in this module's
     * {@code ValidationMessages} for the user's locale; otherwise the interpolated message is shown as is.
     */
    static String violationText(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null) {
            Matcher m = TEMPLATE.matcher(template.trim());
            if (m.matches()) {
                try {
                    ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", Texts.supported(locale),
                            BusinessExceptionHandler.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                    String text = bundle.getString(m.group(1));
                    Map<String, Object> attributes = violation.getConstraintDescriptor() == null ? Map.of()
                            : violation.getConstraintDescriptor().getAttributes();
                    StringBuilder out = new StringBuilder();
                    Matcher p = TEMPLATE.matcher(text);
                    while (p.find()) {
                        Object value = attributes.get(p.group(1));
                        p.appendReplacement(out, Matcher.quoteReplacement(value == null ? p.group() : String.valueOf(value)));
                    }
                    p.appendTail(out);
                    return out.toString();
                } catch (MissingResourceException notOurs) {
                    // fall through to the interpolated message
                }
            }
        }
        return violation.getMessage();
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Texts.SPANISH;
    }

    private static void add(FacesContext context, String text) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
