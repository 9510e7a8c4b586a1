package com.raqibtech.naija.shared.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The runtime ships its own mapper for Bean Validation failures, and the most specific mapper wins; this one is
 * as specific, so validation failures also come out as problem+json, built by {@link ProblemExceptionMapper}.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        ProblemExceptionMapper problems = new ProblemExceptionMapper();
        problems.uriInfo = uriInfo;
        return problems.validationFailed(invalid);
    }
}
