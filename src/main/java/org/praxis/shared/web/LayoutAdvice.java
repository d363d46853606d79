package org.praxis.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page besides the signed-in person. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    /**
     * The language switch stays on the same page with the same filters: the current address
     * with only {@code lang} replaced. Relative, so it never points to another host.
     */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (var locale : LocaleConfig.SUPPORTED) {
            links.put(locale.getLanguage(), samePage(request, locale.getLanguage()));
        }
        return links;
    }

    /** Links to other pages of a list: the current address with only {@code page} replaced. */
    public record PageLinks(String path, String query) {

        public String to(int page) {
            try {
                return UriComponentsBuilder.newInstance().path(path).query(query)
                        .replaceQueryParam("page", page).build(true).toUriString();
            } catch (IllegalArgumentException malformed) {
                return path + "?page=" + page;
            }
        }
    }

    @ModelAttribute("pageLinks")
    PageLinks pageLinks(HttpServletRequest request) {
        return new PageLinks(request.getRequestURI(), request.getQueryString());
    }

    private static String samePage(HttpServletRequest request, String language) {
        String plain = "?lang=" + language;
        if (Problems.isApi(request) || !"GET".equals(request.getMethod())) {
            return plain;
        }
        try {
            return UriComponentsBuilder.newInstance()
                    .path(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformed) {
            // A hand-typed address with broken escapes: switch language on a clean address.
            return plain;
        }
    }
}
