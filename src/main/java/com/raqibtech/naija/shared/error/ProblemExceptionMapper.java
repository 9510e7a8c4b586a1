package com.raqibtech.naija.shared.error;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where every error of the REST API becomes {@code application/problem+json}: domain problems keep
 * their status, validation failures list the rejected fields, JAX-RS errors keep theirs, and anything unexpected
 * is logged with a reference and answered 500 without internals.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    static final String TYPE_BASE = "https://naija-support-agent.dev/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return withChallenge(respond(problem.status(), problem.type(), problem.title(), problem.getMessage(),
                    null));
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return validationFailed(invalid);
        }
        if (failure instanceof WebApplicationException web) {
            return fromWebApplicationException(web);
        }
        if (causedBy(failure, jakarta.persistence.OptimisticLockException.class)) {
            return respond(Status.CONFLICT, "concurrent-change", "Conflict",
                    "Someone else changed this at the same moment. Read it again and retry.", null);
        }
        if (hasSqlState(failure, "22")) {
            return respond(Status.BAD_REQUEST, "value-out-of-range", "Invalid request",
                    "A value is too long or out of range for what we store.", null);
        }
        if (isIntegrityViolation(failure)) {
            return respond(Status.CONFLICT, "conflict", "Conflict",
                    "This clashes with data that already exists (for example an e-mail or phone already in use).",
                    null);
        }
        if (isUnreadableBody(failure)) {
            return respond(Status.BAD_REQUEST, "malformed-body", "Malformed request body",
                    "The request body is not valid JSON of the expected shape.", null);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, failure);
        return respond(Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. Quote reference " + reference + " to support.", null);
    }

    Response validationFailed(ConstraintViolationException invalid) {
        List<ProblemDetail.Violation> violations = invalid.getConstraintViolations().stream()
                .map(violation -> new ProblemDetail.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.Violation::field))
                .toList();
        String detail = violations.stream()
                .map(violation -> violation.field() + ": " + violation.message())
                .reduce((left, right) -> left + "; " + right)
                .orElse("The request is not valid.");
        return respond(Status.BAD_REQUEST, "validation-failed", "Invalid request", detail, violations);
    }

    private Response fromWebApplicationException(WebApplicationException web) {
        int code = web.getResponse() != null ? web.getResponse().getStatus() : 500;
        Status status = Status.fromStatusCode(code);
        if (status == null || code >= 500) {
            return toResponse(new IllegalStateException("JAX-RS failure " + code, web));
        }
        if (web.getCause() != null && isUnreadableBody(web.getCause())) {
            return toResponse(web.getCause());
        }
        if (status == Status.NOT_FOUND && web.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (e.g. maxPrice=abc).
            return respond(Status.BAD_REQUEST, "invalid-parameter", "Invalid request",
                    "A parameter has the wrong type, e.g. a number was expected.", null);
        }
        if (status == Status.FORBIDDEN && (security == null || security.getUserPrincipal() == null)) {
            // @RolesAllowed refuses anonymous callers with 403; what they need to hear is "sign in" (401).
            return withChallenge(respond(Status.UNAUTHORIZED, "not-signed-in", "Not signed in",
                    "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/login.", null));
        }
        if (status == Status.FORBIDDEN && security.getUserPrincipal().getName().startsWith("guest:")) {
            return respond(Status.FORBIDDEN, "sign-in-required", "Sign in first",
                    "Sign in or register to do this; as a guest you can chat and fill a cart, and your cart comes "
                            + "along (POST /api/v1/cart/merge with your guest token).", null);
        }
        String detail = switch (status) {
            case FORBIDDEN -> "Your role does not allow this.";
            case NOT_FOUND -> "There is no resource at this address.";
            case METHOD_NOT_ALLOWED -> "This resource does not accept that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers application/json.";
            default -> web.getMessage() != null ? web.getMessage() : status.getReasonPhrase();
        };
        String type = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return respond(status, type, status.getReasonPhrase(), detail, null);
    }

    private static Response withChallenge(Response response) {
        if (response.getStatus() != Status.UNAUTHORIZED.getStatusCode()) {
            return response;
        }
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer realm=\"naija\"").build();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A database constraint refused the write (SQLSTATE class 23), e.g. two registrations racing for one e-mail. */
    private static boolean isIntegrityViolation(Throwable failure) {
        return hasSqlState(failure, "23");
    }

    private static boolean hasSqlState(Throwable failure, String sqlStateClass) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(sqlStateClass)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException
                    || cause instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Method-parameter paths look like "quote.state" or "register.arg0.email": keep the last named node.
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("arg")) {
                field = node.getName();
            }
        }
        return field != null ? field : violation.getPropertyPath().toString();
    }

    private Response respond(Status status, String type, String title, String detail,
                             List<ProblemDetail.Violation> violations) {
        String instance = uriInfo != null ? uriInfo.getRequestUri().getRawPath() : null;
        ProblemDetail problem = new ProblemDetail(TYPE_BASE + type, title, status.getStatusCode(), detail,
                instance, violations);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }
}
