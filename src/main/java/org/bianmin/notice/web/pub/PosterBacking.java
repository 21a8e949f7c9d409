package org.bianmin.notice.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.bianmin.notice.application.NoticeBoardService;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;

/**
 * 一村一码: /public/notices/poster/{village} is a printable poster for a village's physical notice board, with a QR
 * code of the village board's permanent address (built on {@code bianmin.public-url}, like the receipts' tracking
 * links); /public/notices/posters?town=… lists a town's villages with their posters, for clerks and town staff to
 * print.
 */
@Named("noticePoster")
@RequestScoped
public class PosterBacking {

    @Inject
    private NoticeBoardService board;

    private String village;
    private String town;

    private Place villagePlace;
    private Place townPlace;
    private String boardUrl;
    private String qrCode;

    /** One poster; an unknown village is a 404. */
    public void load() throws IOException {
        villagePlace = board.place(village, PlaceLevel.VILLAGE).orElse(null);
        if (villagePlace == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        townPlace = villagePlace.getParent();
        boardUrl = board.villageBoardUrl(villagePlace.getCode());
        qrCode = board.qrCode(boardUrl);
    }

    /** The index: the chosen town's villages (the first town when none is chosen or it is unknown). */
    public void loadIndex() {
        List<Place> towns = board.towns();
        townPlace = board.place(town, PlaceLevel.TOWN).orElse(towns.isEmpty() ? null : towns.get(0));
    }

    public List<Place> getTowns() {
        return board.towns();
    }

    public List<Place> getVillages() {
        return townPlace == null ? List.of() : board.villages(townPlace.getCode());
    }

    public String posterUrl(String villageCode) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + BoardAddresses.BOARD
                + "/poster/" + villageCode;
    }

    public String villageUrl(String villageCode) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + BoardAddresses.village(villageCode);
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public Place getVillagePlace() {
        return villagePlace;
    }

    public Place getTownPlace() {
        return townPlace;
    }

    public String getBoardUrl() {
        return boardUrl;
    }

    public String getQrCode() {
        return qrCode;
    }
}
