package com.raqibtech.naija.shared.error;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code violations} is present only for
 * validation failures, one entry per rejected field.
 */
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }
}
