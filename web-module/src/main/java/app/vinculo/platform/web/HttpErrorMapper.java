package app.vinculo.platform.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses — unknown path (404), wrong method (405, with {@code Allow}), unacceptable
 * {@code Accept} (406), wrong {@code Content-Type} (415), too large a body (413) — as {@code application/problem+json}
 * with the stable type {@code urn:vinculo:problem:problem.http.<status>}.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    HttpErrorMapper withHeaders(HttpHeaders callerHeaders) {
        this.headers = callerHeaders;
        return this;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status < 400) {
            return original;
        }
        Response problem = ProblemResponses.problem(headers, status, "problem.http." + (status >= 500 ? 500 : status));
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem;
    }
}
