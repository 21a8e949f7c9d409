package org.bianmin.notice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bianmin.notice.application.DecisionService;
import org.bianmin.notice.domain.DecisionAttachment;
import org.bianmin.shared.domain.AccessDeniedException;
import org.bianmin.shared.domain.NotFoundException;

/**
 * /clerk/decision-files/{id} and /staff/decision-files/{id}: a decision matter's file for those who may read the
 * matter (its village's clerk, its town's staff). A download with the type its content was checked to be, never
 * inline. The public's result photos are served by the public board, not here.
 */
@WebServlet({"/clerk/decision-files/*", "/staff/decision-files/*"})
public class DecisionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionService service;

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
        DecisionAttachment file;
        try {
            file = service.file(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(file.getContentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength((int) file.getSizeBytes());
        response.getOutputStream().write(file.getContent());
    }
}
