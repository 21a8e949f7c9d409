package org.bianmin.kiosk.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * /kiosk/reset: where a kiosk goes when it has been left alone or a person says they are done. It ends the browser's
 * session, and with it every half-filled form and receipt, then shows the home screen to the next person.
 */
@WebServlet("/kiosk/reset")
public class KioskResetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/kiosk/");
        response.setHeader("Cache-Control", "no-store");
    }
}
