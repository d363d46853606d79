package org.praxis.shared.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever ends in an error outside a controller (unknown address, a filter's refusal, a
 * failure) lands here: a page in the reader's language, or problem+json under /api.
 * Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
                ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        response.setHeader("Cache-Control", "no-store");
        if (Problems.isApi(request)) {
            ProblemDetail problem = problems.problem(request, status, slug(status));
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri instanceof String s) {
                problem.setInstance(URI.create(s));
            }
            return problems.entity(problem);
        }
        return page(status);
    }

    static ModelAndView page(HttpStatus status) {
        return page(status, "error." + switch (status) {
            case NOT_FOUND, FORBIDDEN, BAD_REQUEST, PAYLOAD_TOO_LARGE, TOO_MANY_REQUESTS, METHOD_NOT_ALLOWED,
                 UNAUTHORIZED, CONFLICT -> status.value();
            default -> status.is4xxClientError() ? 400 : 500;
        });
    }

    /** An error page whose title and text are {@code messageKey}.title and .text. */
    static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        return page;
    }

    static String slug(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case PAYLOAD_TOO_LARGE -> "too-large";
            case TOO_MANY_REQUESTS -> "rate-limited";
            case CONFLICT -> "conflict";
            default -> status.is4xxClientError() ? "bad-request" : "server-error";
        };
    }
}
