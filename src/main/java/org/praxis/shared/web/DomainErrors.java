package org.praxis.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.praxis.shared.NotAllowedException;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.limits.RateLimitedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions use cases throw into answers: problem+json under /api, a page
 * otherwise. A visitor refused a page is sent to sign in.
 */
@ControllerAdvice
class DomainErrors {

    private final Problems problems;

    DomainErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NotAllowedException.class)
    Object notAllowed(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean visitor = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        if (visitor && !Problems.isApi(request)) {
            return new ModelAndView("redirect:/signin");
        }
        return answer(request, visitor ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(HttpServletRequest request, InvalidInputException e) {
        if (Problems.isApi(request)) {
            return problems.entity(problems.invalid(request, e.problems()));
        }
        return ErrorPages.page(HttpStatus.BAD_REQUEST);
    }

    /**
     * A rate limit reached where no form catches it (forms show it next to what was typed):
     * 429 with when to try again.
     */
    @ExceptionHandler(RateLimitedException.class)
    Object rateLimited(HttpServletRequest request, RateLimitedException e) {
        if (Problems.isApi(request)) {
            return problems.rateLimited(request, e);
        }
        ModelAndView page = new ModelAndView("error/rate-limited", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("message", problems.message(request, e.problems().get(0)));
        return page;
    }

    /** A write to an archived community: a clear answer, not a bare refusal. */
    @ExceptionHandler(org.praxis.shared.ReadOnlyException.class)
    Object readOnly(HttpServletRequest request) {
        if (Problems.isApi(request)) {
            return problems.entity(problems.problem(request, HttpStatus.CONFLICT, "community-archived"));
        }
        return ErrorPages.page(HttpStatus.CONFLICT, "error.archived");
    }

    @ExceptionHandler(IdempotentRequests.KeyReusedException.class)
    Object keyReused(HttpServletRequest request) {
        return problems.entity(problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /** Two requests changed the same thing at the same instant; the database kept one. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    Object conflict(HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT);
    }

    @ExceptionHandler({MultipartException.class, HttpMessageNotReadableException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            org.springframework.beans.InvalidPropertyException.class})
    Object badRequest(HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST);
    }

    private Object answer(HttpServletRequest request, HttpStatus status) {
        if (Problems.isApi(request)) {
            return problems.entity(problems.problem(request, status, ErrorPages.slug(status)));
        }
        return ErrorPages.page(status);
    }
}
