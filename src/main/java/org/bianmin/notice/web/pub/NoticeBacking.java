package org.bianmin.notice.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.bianmin.notice.application.NoticeBoardService;
import org.bianmin.notice.application.PublicNotice;

/** /public/notices/{id} and /kiosk/notice?id=…: one notice. One that is not on the board is a 404. */
@Named("publicNotice")
@RequestScoped
public class NoticeBacking {

    @Inject
    private NoticeBoardService board;

    private String id;
    private PublicNotice notice;

    public void load() throws IOException {
        if (id != null && id.strip().matches("\\d{1,18}")) {
            notice = board.notice(Long.parseLong(id.strip())).orElse(null);
        }
        if (notice == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PublicNotice getNotice() {
        return notice;
    }
}
