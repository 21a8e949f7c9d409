package org.bianmin.notice.web.kiosk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bianmin.kiosk.application.EnrolledKiosk;
import org.bianmin.kiosk.application.KioskContext;
import org.bianmin.notice.application.BoardPage;
import org.bianmin.notice.application.NoticeBoardFilter;
import org.bianmin.notice.application.NoticeBoardService;

/**
 * /kiosk/notices: the board at a village's kiosk, in large type. It opens on the kiosk's own village; "the whole
 * town" shows every village of its town (?scope=town). The village is the kiosk's, never one from the address.
 */
@Named("kioskBoard")
@RequestScoped
public class KioskBoardBacking {

    public static final String TOWN = "town";

    @Inject
    private NoticeBoardService board;

    @Inject
    private KioskContext kiosk;

    private String scope;
    private String page;
    private BoardPage result;

    public void load() {
        EnrolledKiosk at = kiosk.require();
        int number = 1;
        try {
            number = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        NoticeBoardFilter filter = isTownWide()
                ? NoticeBoardFilter.of(at.villageCode().substring(0, 9), null, null, null, null, null, number)
                : NoticeBoardFilter.village(at.villageCode()).withPage(Math.max(1, number));
        result = board.board(filter);
    }

    public boolean isTownWide() {
        return TOWN.equals(scope);
    }

    public String pageUrl(int number) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/kiosk/notices?page=" + number + (isTownWide() ? "&scope=" + TOWN : "");
    }

    public String noticeUrl(long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/kiosk/notice?id="
                + id;
    }

    public BoardPage getResult() {
        return result;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
