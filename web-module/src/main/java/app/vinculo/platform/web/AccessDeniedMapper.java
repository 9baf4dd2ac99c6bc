package app.vinculo.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A boundary refusing the caller's role: 403 as {@code application/problem+json}. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException e) {
        return ProblemResponses.problem(headers, 403, "error.forbidden");
    }
}
