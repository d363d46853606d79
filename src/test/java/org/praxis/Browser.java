package org.praxis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Drives the web pages like a person's browser: keeps cookies, takes the CSRF token from the
 * form it just loaded, follows the redirects it is told to, and comes from an address of its
 * own (so rate limits of one test never hit another).
 */
public class Browser {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private final String address;
    private String acceptLanguage = "en";
    private String lastCsrf;

    public Browser(MockMvc mvc) {
        this.mvc = mvc;
        int n = ADDRESSES.incrementAndGet();
        this.address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    public Browser language(String language) {
        this.acceptLanguage = language;
        return this;
    }

    public String address() {
        return address;
    }

    public MvcResult get(String url) {
        return perform(MockMvcRequestBuilders.get(url));
    }

    /** Loads {@code formPage} for its CSRF token, then posts the fields to {@code action}. */
    public MvcResult submit(String formPage, String action, String... fields) {
        get(formPage);
        return post(action, fields);
    }

    /** Posts with the CSRF token of the last page loaded. */
    public MvcResult post(String action, String... fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(action);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        if (lastCsrf != null) {
            request.param("_csrf", lastCsrf);
        }
        return perform(request);
    }

    /** Posts with no CSRF token at all, as a forged cross-site form would. */
    public MvcResult postWithoutCsrf(String action, String... fields) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(action);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    public MvcResult upload(String formPage, String action, String field, String filename, String contentType, byte[] bytes) {
        get(formPage);
        String url = UriComponentsBuilder.fromUriString(action).queryParam("_csrf", lastCsrf).build().toUriString();
        return perform(MockMvcRequestBuilders.multipart(url).file(new MockMultipartFile(field, filename, contentType, bytes)));
    }

    /** Posts a multipart form (fields and files) with the CSRF token of the last page loaded in its address. */
    public MvcResult postFiles(String action, java.util.List<MockMultipartFile> files, String... fields) {
        String url = UriComponentsBuilder.fromUriString(action).queryParam("_csrf", lastCsrf).build().toUriString();
        var request = MockMvcRequestBuilders.multipart(url);
        files.forEach(request::file);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return perform(request);
    }

    public Map<String, Cookie> cookies() {
        return cookies;
    }

    public void forget(String cookieName) {
        cookies.remove(cookieName);
    }

    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        request.header("Accept-Language", acceptLanguage);
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            for (Cookie cookie : result.getResponse().getCookies()) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie);
                }
            }
            String body = result.getResponse().getContentAsString();
            Matcher m = CSRF.matcher(body);
            if (m.find()) {
                lastCsrf = m.group(1);
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
