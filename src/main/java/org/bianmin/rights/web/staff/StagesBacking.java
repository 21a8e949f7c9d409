package org.bianmin.rights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bianmin.rights.application.RightsListService;
import org.bianmin.rights.domain.Stage;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** /staff/rights/stages: the stages items are grouped by (规划, 建设, 管护, 监督, 其他 …), renamed, reordered, added. */
@Named("rightsStages")
@ViewScoped
public class StagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RightsListService service;

    @Inject
    private org.bianmin.rights.application.RightsOffice office;

    private List<Stage> stages;

    private Long editingId;
    private Integer editingVersion;
    private String code;
    private String nameZh;
    private String nameEn;
    private Integer position;
    private boolean active = true;

    /** The page's view action: only the owning office keeps the stages. */
    public void load() {
        if (!office.isKeeper()) {
            Refusals.forbidden();
            return;
        }
        stages = service.stages();
    }

    public void newStage() {
        editingId = null;
        editingVersion = null;
        code = null;
        nameZh = null;
        nameEn = null;
        position = stages.size() + 1;
        active = true;
    }

    public void edit(Stage stage) {
        editingId = stage.getId();
        editingVersion = stage.getVersion();
        code = stage.getCode();
        nameZh = stage.getNameZh();
        nameEn = stage.getNameEn();
        position = stage.getPosition();
        active = stage.isActive();
    }

    public void save() {
        try {
            service.saveStage(editingId, editingVersion, code, nameZh, nameEn, position == null ? 0 : position, active);
            Messages.info("staff_rights_stages.saved");
        } catch (BusinessException e) {
            Messages.error(e);
            if (!"error.stale".equals(e.getMessageKey())) {
                return;
            }
        } catch (EJBException e) {
            if (!Conflicts.causedByConflict(e)) {
                throw e;
            }
            Messages.error("error.stale");
        }
        stages = service.stages();
        PrimeFaces.current().executeScript("PF('stageDialog').hide()");
    }

    public List<Stage> getStages() {
        return stages;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
