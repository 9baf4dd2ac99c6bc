package app.vinculo.platform.web;

import app.vinculo.platform.error.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else a REST call can throw, never as a stack trace: the container's wrappers are unwrapped — a
 * business refusal answers as {@link BusinessExceptionMapper} does, a refused role 403, a concurrent change (an
 * optimistic-lock failure at commit) 409, a bean-validation failure 400 naming the fields, a database that cannot be
 * reached 503 with {@code Retry-After} ({@link DatabaseUnavailable}) — and only a real defect
 * is a 500 problem (logged).
 */
@Provider
public class SystemExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(SystemExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        if (DatabaseUnavailable.in(e)) {
            return Response.fromResponse(ProblemResponses.problem(headers, 503, "error.databaseUnavailable.api"))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        for (Throwable t : Causes.of(e)) {
            if (t instanceof BusinessException b) {
                return ProblemResponses.problem(headers, b.httpStatus(), b.messageKey(), b.arguments());
            }
            if (t instanceof EJBAccessException) {
                return ProblemResponses.problem(headers, 403, "error.forbidden");
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().endsWith("OptimisticLockException")) {
                return ProblemResponses.problem(headers, 409, "error.concurrentEdit");
            }
            if (t instanceof ConstraintViolationException cv) {
                return ConstraintViolationMapper.toProblem(headers, cv);
            }
            if (t instanceof WebApplicationException w) {
                return new HttpErrorMapper().withHeaders(headers).toResponse(w);
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error in a REST call", e);
        return ProblemResponses.problem(headers, 500, "error.unexpected");
    }
}
