package org.praxis.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.shared.InputErrors.FieldProblem;
import org.praxis.shared.limits.RateLimitedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for the API, with a stable {@code type} per kind of error and
 * titles in the reader's language. Validation problems list each field with its message.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    public Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public static boolean isApi(HttpServletRequest request) {
        String uri = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String context = request.getContextPath();
        return uri != null && uri.startsWith(context + "/api/");
    }

    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String slug) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(messages.getMessage("problem." + slug, null, status.getReasonPhrase(),
                RequestContextUtils.getLocale(request)));
        return problem;
    }

    public ProblemDetail invalid(HttpServletRequest request, List<FieldProblem> fieldProblems) {
        ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "invalid-input");
        problem.setProperty("errors", fieldProblems.stream().map(p -> Map.of(
                "field", p.field(),
                "code", p.code(),
                "message", message(request, p)))
                .toList());
        return problem;
    }

    /** A field problem's message in the reader's language. */
    public String message(HttpServletRequest request, FieldProblem problem) {
        return messages.getMessage(problem.code(), problem.args(), problem.code(), RequestContextUtils.getLocale(request));
    }

    /**
     * 429 for a rate limit: the message says which limit and when to try again, as the
     * {@code Retry-After} header does in seconds.
     */
    public ResponseEntity<ProblemDetail> rateLimited(HttpServletRequest request, RateLimitedException e) {
        ProblemDetail problem = problem(request, HttpStatus.TOO_MANY_REQUESTS, "rate-limited");
        problem.setDetail(message(request, e.problems().get(0)));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        problem.setProperty("limit", Map.of("action", e.limit().action().name(), "scope", e.limit().scope().name(),
                "count", e.limit().count(), "windowMinutes", e.limit().windowMinutes()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .headers(entity(problem).getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    public ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .body(problem);
    }

    /** For filters, which answer before any controller. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        ProblemDetail problem = problem(request, status, slug);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
