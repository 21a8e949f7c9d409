package org.bianmin.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.PasswordHasher;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.Role;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.identity.domain.UserAccount;
import org.bianmin.identity.domain.UserRepository;
import org.bianmin.place.domain.Office;
import org.bianmin.place.domain.OfficeRepository;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/** An administrator's work on staff accounts. Every change is audited with a before/after summary. */
@Stateless
public class UserAdminService {

    @Inject
    private UserRepository users;

    @Inject
    private OfficeRepository offices;

    @Inject
    private PlaceRepository places;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    public List<UserAccount> list() {
        currentUser.require(Permission.USER_MANAGE);
        return users.findAll();
    }

    public UserAccount get(long id) {
        currentUser.require(Permission.USER_MANAGE);
        return users.find(id).orElseThrow(NotFoundException::new);
    }

    /** @return the temporary password, to be shown once to the administrator */
    public String create(UserForm form) {
        currentUser.require(Permission.USER_MANAGE);
        if (users.findByUsername(form.username()).isPresent()) {
            throw new BusinessException("user.error.usernameTaken");
        }
        String temporary = TemporaryPasswords.generate();
        UserAccount user = new UserAccount(form.username(), form.displayName(), hasher.hash(temporary));
        user.assign(form.roles(), office(form.officeId()), village(form.villageId()));
        users.save(user);
        audit.record(AuditAction.USER_CREATED, "user", user.getId(), describe(user));
        return temporary;
    }

    public void update(long id, int expectedVersion, UserForm form) {
        currentUser.require(Permission.USER_MANAGE);
        UserAccount user = fresh(id, expectedVersion);
        String before = describe(user);
        user.rename(form.displayName());
        user.assign(form.roles(), office(form.officeId()), village(form.villageId()));
        audit.record(AuditAction.USER_UPDATED, "user", id, "before: " + before + "; after: " + describe(user));
    }

    public void setEnabled(long id, int expectedVersion, boolean enabled) {
        SignedInUser admin = currentUser.require(Permission.USER_MANAGE);
        if (!enabled && admin.id() == id) {
            throw new BusinessException("user.error.disableSelf");
        }
        UserAccount user = fresh(id, expectedVersion);
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, "user", id, user.getUsername());
    }

    /** @return the new temporary password, to be shown once */
    public String resetPassword(long id, int expectedVersion) {
        currentUser.require(Permission.USER_MANAGE);
        UserAccount user = fresh(id, expectedVersion);
        String temporary = TemporaryPasswords.generate();
        user.resetPassword(hasher.hash(temporary));
        users.clearThrottle(user.getUsername());
        audit.record(AuditAction.USER_PASSWORD_RESET, "user", id, user.getUsername());
        return temporary;
    }

    private UserAccount fresh(long id, int expectedVersion) {
        UserAccount user = users.find(id).orElseThrow(NotFoundException::new);
        if (user.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return user;
    }

    private Office office(Long id) {
        return id == null ? null : offices.find(id).orElseThrow(() -> new BusinessException("user.error.needsOffice"));
    }

    private Place village(Long id) {
        return id == null ? null : places.find(id).orElseThrow(() -> new BusinessException("user.error.needsVillage"));
    }

    private static String describe(UserAccount user) {
        return "username=" + user.getUsername() + ", name=" + user.getDisplayName() + ", roles=" + user.getRoles()
                + ", office="
                + (user.getOffice() == null ? "-" : user.getOffice().getCode())
                + ", village="
                + (user.getVillage() == null ? "-" : user.getVillage().getCode())
                + ", enabled=" + user.isEnabled();
    }

    /** What the administrator typed or chose for an account. */
    public record UserForm(String username, String displayName, Set<Role> roles, Long officeId, Long villageId) {}
}
