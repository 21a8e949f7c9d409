package org.bianmin.kiosk.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bianmin.kiosk.application.EnrolledKiosk;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.kiosk.application.KioskService;

/**
 * Only an enrolled kiosk may use the kiosk pages. Reads the device token from the kiosk cookie, recognises the kiosk
 * (enrolled, not revoked; looked up on every request, so a revocation works at once on every node) and puts it in
 * {@link KioskContext}. Any other browser is sent to {@code /kiosk/enrol} with a 303, or a Faces partial-response
 * redirect for ajax. The enrolment page itself is open to all, and also knows the kiosk when there is one.
 *
 * <p>Declared in web.xml after the Shiro filter, which has by then refused malformed paths; mapped for REQUEST and
 * FORWARD, because extensionless addresses reach their page by a forward. The kiosk is looked up once per request;
 * whether the path may be shown without one is decided for every dispatch.
 */
public class KioskDeviceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String ENROL_PATH = "/kiosk/enrol";
    private static final String LOOKED_UP = KioskDeviceFilter.class.getName() + ".lookedUp";

    @Inject
    private KioskService kiosks;

    @Inject
    private KioskContext context;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(LOOKED_UP) == null) {
            request.setAttribute(LOOKED_UP, Boolean.TRUE);
            Optional<String> token = KioskCookie.read(request);
            Optional<EnrolledKiosk> kiosk = token.flatMap(kiosks::recognise);
            kiosk.ifPresent(context::enter);
            if (kiosk.isEmpty() && token.isPresent()) {
                KioskCookie.clear(request, response);
            }
        }
        // decided again for every dispatch: a forward from the open page to another kiosk page is refused too
        if (!context.isEnrolled() && !openToAll(request)) {
            sendToEnrolment(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean openToAll(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(ENROL_PATH)
                || path.equals(ENROL_PATH + ".xhtml")
                || path.startsWith("/kiosk" + ResourceHandler.RESOURCE_IDENTIFIER + "/");
    }

    private static void sendToEnrolment(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = request.getContextPath() + ENROL_PATH;
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a redirect answer to ajax would be followed silently and the page would never move
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                    .append("<partial-response><redirect url=\"")
                    .append(url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                    .append("\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", url);
    }
}
