package org.bianmin.notice.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.notice.application.BoardCategory;
import org.bianmin.notice.application.BoardPage;
import org.bianmin.notice.application.BoardPlace;
import org.bianmin.notice.application.BoardPlaces;
import org.bianmin.notice.application.NoticeBoardFilter;
import org.bianmin.notice.application.NoticeBoardService;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.shared.web.Messages;

/**
 * /public/notices (filters in the address: town, village, category, from, to, q, page) and
 * /public/notices/village/{code} (one village's board, the target of its QR poster). Stateless: the filter form is a
 * plain GET form, so every view of the board is an address that can be cached, bookmarked and shared.
 */
@Named("noticeBoard")
@RequestScoped
public class BoardBacking {

    @Inject
    private NoticeBoardService board;

    @Inject
    private BoardPlaces places;

    private String town;
    private String village;
    private String category;
    private String from;
    private String to;
    private String q;
    private String page;
    private String code;

    private NoticeBoardFilter filter;
    private BoardPage result;
    private Place villagePlace;
    private Place townPlace;
    private List<BoardCategory> categories;

    /** The whole board, filtered. Bad dates are named and left out; what the reader typed stays in the form. */
    public void load() {
        LocalDate fromDate = date(from, "notice_board.error.from");
        LocalDate toDate = date(to, "notice_board.error.to");
        filter = NoticeBoardFilter.of(town, village, category, fromDate, toDate, q, number(page));
        if (filter.datesReversed()) {
            Messages.error("notice_board.error.dateOrder", from, to);
        }
        result = board.board(filter);
    }

    /** One village's board; an unknown village is a 404. */
    public void loadVillage() throws IOException {
        villagePlace = board.place(code, PlaceLevel.VILLAGE).orElse(null);
        if (villagePlace == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        townPlace = villagePlace.getParent();
        filter = NoticeBoardFilter.village(code).withPage(Math.max(1, number(page)));
        result = board.board(filter);
    }

    private static LocalDate date(String text, String errorKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            Messages.error(errorKey, text);
            return null;
        }
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The address of another page of the same board, with the same filters. */
    public String pageUrl(int number) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        if (villagePlace != null) {
            return context + BoardAddresses.village(villagePlace.getCode()) + (number > 1 ? "?page=" + number : "");
        }
        List<String> parts = new ArrayList<>();
        add(parts, "town", filter.townCode());
        add(parts, "village", filter.villageCode());
        add(parts, "category", filter.categoryCode());
        add(parts, "from", filter.fromUsed() == null ? null : filter.fromUsed().toString());
        add(parts, "to", filter.toUsed() == null ? null : filter.toUsed().toString());
        add(parts, "q", filter.title());
        if (number > 1) {
            parts.add("page=" + number);
        }
        return context + BoardAddresses.BOARD + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String noticeUrl(long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + BoardAddresses.notice(id);
    }

    public String villageUrl(String villageCode) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + BoardAddresses.village(villageCode);
    }

    public List<BoardPlace> getTowns() {
        return places.towns();
    }

    public List<BoardPlace> villagesOf(BoardPlace town) {
        return places.villagesOf(town.code());
    }

    public List<BoardCategory> getCategories() {
        if (categories == null) {
            categories = board.categories();
        }
        return categories;
    }

    public BoardPage getResult() {
        return result;
    }

    public NoticeBoardFilter getFilter() {
        return filter;
    }

    public Place getVillagePlace() {
        return villagePlace;
    }

    public Place getTownPlace() {
        return townPlace;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
