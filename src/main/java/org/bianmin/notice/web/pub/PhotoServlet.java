package org.bianmin.notice.web.pub;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.bianmin.notice.application.NoticeBoardService;
import org.bianmin.notice.application.PublicPhoto;

/**
 * /public/notices/photo/{id}: a photo of a published result disclosure that the clerk marked public. Anything else
 * (a signed attendance sheet, a photo of a disclosure not published) is "not found". Photos do not change, so they may
 * be kept for a day.
 */
@WebServlet("/public/notices/photo/*")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeBoardService board;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        Optional<PublicPhoto> photo = Optional.empty();
        if (info != null && info.matches("/\\d{1,18}")) {
            photo = board.photo(Long.parseLong(info.substring(1)));
        }
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.get().contentType());
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setContentLength(photo.get().content().length);
        response.getOutputStream().write(photo.get().content());
    }
}
