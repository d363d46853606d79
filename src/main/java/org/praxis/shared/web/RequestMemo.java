package org.praxis.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers worked out once per page view and reused for the rest of it (the viewer's relation
 * to a community is asked by the frame, the list and each permission). Only while reading: a
 * GET or HEAD request changes nothing, so what it remembered cannot go stale; any other request,
 * and work outside a request, remembers nothing.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    /** The memo of this name for the current read-only request, or null when there is none. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> ofReadingRequest(String name) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        HttpServletRequest request = servlet.getRequest();
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String key = RequestMemo.class.getName() + "." + name;
        Object memo = request.getAttribute(key);
        if (memo == null) {
            memo = new HashMap<K, V>();
            request.setAttribute(key, memo);
        }
        return (Map<K, V>) memo;
    }
}
