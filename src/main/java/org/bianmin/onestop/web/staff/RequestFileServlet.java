package org.bianmin.onestop.web.staff;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bianmin.onestop.application.OneStopService;
import org.bianmin.onestop.domain.RequestFile;
import org.bianmin.shared.domain.NotFoundException;

/**
 * /staff/files/{id}: a request's file, for staff who may see its matter. Always a download with the type its content
 * was checked to be, never rendered inline, so a file cannot run in the portal's origin.
 */
@WebServlet("/staff/files/*")
public class RequestFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OneStopService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(
                    request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RequestFile file;
        try {
            file = service.openFile(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.getKind().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.getSizeBytes());
        response.getOutputStream().write(file.getContent());
    }
}
