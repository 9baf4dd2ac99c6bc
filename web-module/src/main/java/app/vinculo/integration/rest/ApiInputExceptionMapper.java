package app.vinculo.integration.rest;

import app.vinculo.platform.web.ProblemResponses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 problem naming the fields and why. */
@Provider
public class ApiInputExceptionMapper implements ExceptionMapper<ApiInputException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ApiInputException e) {
        return ProblemResponses.problem(headers, 400, e.key(), e.errors());
    }
}
