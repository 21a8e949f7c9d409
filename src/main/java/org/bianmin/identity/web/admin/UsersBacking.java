package org.bianmin.identity.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianmin.identity.application.UserAdminService;
import org.bianmin.identity.application.UserAdminService.UserForm;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.UserAccount;
import org.bianmin.place.application.OfficeService;
import org.bianmin.place.application.PlaceService;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceLevel;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * /admin/users: create accounts, give roles and scope, disable, and reset passwords. A new or reset password is shown
 * once, here, and must be changed at the next sign-in.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdminService users;

    @Inject
    private OfficeService offices;

    @Inject
    private PlaceService places;

    private List<UserAccount> all;
    private List<Office> officeChoices;
    private List<Place> villageChoices;

    private Long editingId;
    private int editingVersion;
    private String username;
    private String displayName;
    private List<Role> roles = new ArrayList<>();
    private Long officeId;
    private Long villageId;

    /** The temporary password just issued, and to whom; shown once. */
    private String issuedPassword;

    private String issuedFor;

    @PostConstruct
    void load() {
        all = users.list();
        officeChoices = offices.active();
        villageChoices = places.active(PlaceLevel.VILLAGE);
    }

    public void startCreate() {
        editingId = null;
        editingVersion = 0;
        username = null;
        displayName = null;
        roles = new ArrayList<>();
        officeId = null;
        villageId = null;
    }

    public void startEdit(UserAccount user) {
        editingId = user.getId();
        editingVersion = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        roles = new ArrayList<>(user.getRoles());
        officeId = user.getOffice() == null ? null : user.getOffice().getId();
        villageId = user.getVillage() == null ? null : user.getVillage().getId();
    }

    public void save() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        UserForm form = new UserForm(username, displayName, chosen, officeId, villageId);
        try {
            if (editingId == null) {
                issue(users.create(form), UserAccount.normalizeUsername(username));
                Messages.info("admin_users.created", UserAccount.normalizeUsername(username));
            } else {
                users.update(editingId, editingVersion, form);
                Messages.info("admin_users.saved", username);
            }
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        load();
        PrimeFaces.current().executeScript("PF('userDialog').hide()");
    }

    public void toggleEnabled(UserAccount user) {
        try {
            users.setEnabled(user.getId(), user.getVersion(), !user.isEnabled());
            Messages.info(user.isEnabled() ? "admin_users.disabled" : "admin_users.enabled", user.getUsername());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public void resetPassword(UserAccount user) {
        try {
            issue(users.resetPassword(user.getId(), user.getVersion()), user.getUsername());
            Messages.info("admin_users.reset", user.getUsername());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    private void issue(String password, String forUser) {
        issuedPassword = password;
        issuedFor = forUser;
    }

    public void forgetIssuedPassword() {
        issuedPassword = null;
        issuedFor = null;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public List<UserAccount> getAll() {
        return all;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Office> getOfficeChoices() {
        return officeChoices;
    }

    public List<Place> getVillageChoices() {
        return villageChoices;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }
}
