package org.bianmin.notice.web.pub;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bianmin.shared.web.Language;

/**
 * The public notice board's addresses and caching. It forwards the permanent addresses ({@link BoardAddresses}) to
 * their pages, and gives the board's pages {@code Cache-Control: public, max-age=30}, an ETag (answering a matching
 * {@code If-None-Match} with 304) and {@code Vary: Cookie} (the language is a cookie). The objection form, which takes
 * a name and a phone, is sent with {@code no-store} instead. Mapped for REQUEST and FORWARD because extensionless
 * addresses may already have been forwarded to their page by OmniFaces; a request is handled once.
 */
@WebFilter(
        urlPatterns = {"/public/notices", "/public/notices.xhtml", "/public/notices/*"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class BoardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String HANDLED = BoardFilter.class.getName() + ".handled";
    static final String CACHE_CONTROL = "public, max-age=30";

    @Inject
    private BoardCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(HANDLED) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        String path = originalPath(request);
        BoardAddresses.Target target = BoardAddresses.resolve(path);
        if (target.noStore()) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!target.cacheable() || !"GET".equals(request.getMethod())) {
            proceed(target, request, response, chain);
            return;
        }
        String key = BoardCache.key(
                path, originalQuery(request), Language.of(request).tag());
        BoardCache.Page page = cache.get(key);
        if (page == null) {
            BufferedResponse buffered = new BufferedResponse(response);
            proceed(target, request, buffered, chain);
            if (!buffered.complete()) {
                if (!buffered.passedOn()) {
                    response.getOutputStream().write(buffered.body());
                }
                return;
            }
            page = cache.put(key, buffered.body(), response.getContentType());
        }
        send(page, request, response);
    }

    private static void proceed(
            BoardAddresses.Target target, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (target.forwardTo() != null && request.getDispatcherType() == DispatcherType.REQUEST) {
            request.getRequestDispatcher(target.forwardTo()).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void send(BoardCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", page.etag());
        response.setHeader("Vary", "Cookie");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** The address the browser asked for, also when OmniFaces has forwarded it to its page already. */
    private static String originalPath(HttpServletRequest request) {
        String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static String originalQuery(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
            return (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        return request.getQueryString();
    }
}
