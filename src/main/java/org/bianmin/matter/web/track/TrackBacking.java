package org.bianmin.matter.web.track;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.bianmin.matter.application.TrackingService;
import org.bianmin.matter.application.TrackingView;
import org.bianmin.matter.domain.RatingLevel;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;

/**
 * /track: a villager looks up a matter with its tracking number and the last four digits of their phone, and rates
 * it once resolved. Stateless: nothing is kept between requests, so a kiosk forgets the person.
 */
@Named
@RequestScoped
public class TrackBacking {

    @Inject
    private TrackingService tracking;

    private String number;
    private String lastFour;
    private RatingLevel rating;
    private String comment;
    private TrackingView view;

    public void look() {
        try {
            view = tracking.track(number, lastFour, client()).orElse(null);
            if (view == null) {
                Messages.error("track.notFound");
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void rate() {
        try {
            view = tracking.rate(number, lastFour, client(), rating, comment);
            Messages.info(rating.isBad() ? "track.ratedBad" : "track.rated");
        } catch (BusinessException e) {
            Messages.error(e);
            look();
        }
    }

    private static String client() {
        return org.bianmin.shared.web.ClientAddress.of((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /**
     * The page keeps no state, so when the rating form is posted its components must exist while the request is
     * decoded, before {@link #rate()} has looked the matter up again; when the answer is drawn, the lookup decides.
     */
    private boolean decodingRating() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE
                && context.getExternalContext().getRequestParameterMap().containsKey("rate");
    }

    public boolean isShowResult() {
        return view != null || decodingRating();
    }

    public boolean isShowRating() {
        return view != null ? view.canRate() : decodingRating();
    }

    public RatingLevel[] getLevels() {
        return RatingLevel.values();
    }

    public TrackingView getView() {
        return view;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLastFour() {
        return lastFour;
    }

    public void setLastFour(String lastFour) {
        this.lastFour = lastFour;
    }

    public RatingLevel getRating() {
        return rating;
    }

    public void setRating(RatingLevel rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
