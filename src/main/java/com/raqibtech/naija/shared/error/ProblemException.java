package com.raqibtech.naija.shared.error;

import jakarta.ws.rs.core.Response.Status;

/**
 * A failure the caller can act on: thrown by services and turned into {@code application/problem+json} with
 * the given status by {@link ProblemExceptionMapper}. The message is shown to the caller, so it must be
 * written for them and must never carry internal detail.
 */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final String type;
    private final String title;

    public ProblemException(Status status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public static ProblemException badRequest(String type, String detail) {
        return new ProblemException(Status.BAD_REQUEST, type, "Invalid request", detail);
    }

    public static ProblemException notFound(String type, String detail) {
        return new ProblemException(Status.NOT_FOUND, type, "Not found", detail);
    }

    public static ProblemException unauthorized(String type, String detail) {
        return new ProblemException(Status.UNAUTHORIZED, type, "Not signed in", detail);
    }

    public static ProblemException forbidden(String type, String detail) {
        return new ProblemException(Status.FORBIDDEN, type, "Not allowed", detail);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(Status.CONFLICT, type, "Conflict", detail);
    }

    public Status status() {
        return status;
    }

    /** A short slug naming the kind of problem, e.g. {@code unknown-state}; becomes the problem's type URI. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
