package app.vinculo.platform.web;

import app.vinculo.platform.error.BusinessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused business operation as {@code application/problem+json}, with the status the exception names. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        return ProblemResponses.problem(headers, e.httpStatus(), e.messageKey(), e.arguments());
    }
}
