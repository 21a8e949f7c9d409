package org.bianmin.eldercare.web.pub;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permanent address of a village's recipient list, /public/eldercare/recipients/village/{12-digit code} (printed
 * with the village's QR code), served by the stateless page /public/eldercare/recipients?village={code}. Any
 * other tail is not a page: 404.
 */
@WebFilter(urlPatterns = "/public/eldercare/recipients/village/*", dispatcherTypes = DispatcherType.REQUEST)
public class RecipientsAddress extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern ADDRESS = Pattern.compile("/public/eldercare/recipients/village/(\\d{12})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = ADDRESS.matcher(path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/public/eldercare/recipients?village=" + matcher.group(1))
                .forward(request, response);
    }
}
