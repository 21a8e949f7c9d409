package org.bianmin.eldercare.web.pub;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * /public/eldercare/village/{villageCode}: the permanent address of a village's home-care posting (printed beside the
 * village board's QR code), served by the stateless page /public/eldercare/posting?village=.
 */
@WebServlet("/public/eldercare/village/*")
public class VillagePostingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("/(\\d{12})/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        var matcher = CODE.matcher(path == null ? "" : path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/public/eldercare/posting?village=" + matcher.group(1))
                .forward(request, response);
    }
}
