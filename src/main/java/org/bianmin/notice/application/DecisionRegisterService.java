package org.bianmin.notice.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.notice.domain.DecisionPolicy;
import org.bianmin.notice.domain.DecisionRepository;
import org.bianmin.shared.domain.AccessDeniedException;

/**
 * The register (登记表): a clerk's own village, or a town's villages for its staff, over a period, on screen and as an
 * Excel workbook.
 */
@Stateless
public class DecisionRegisterService {

    @Inject
    private DecisionRepository decisions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DecisionViews views;

    @Inject
    private RegisterWriter writer;

    /**
     * The matters of a village (or, for town staff with no village chosen, of all the town's villages) that were
     * opened, met or were disclosed in the period.
     *
     * @param villageCode ignored for a clerk (always their own village); for town staff one of their villages or null
     */
    public List<DecisionView> register(String villageCode, RegisterPeriod period) {
        SignedInUser user = reader();
        String prefix;
        if (user.has(Permission.DECISION_RECORD)) {
            prefix = user.scopeCode();
        } else if (villageCode == null || villageCode.isBlank()) {
            prefix = user.scopeCode();
        } else if (DecisionPolicy.mayRead(user, villageCode)) {
            prefix = villageCode;
        } else {
            throw new AccessDeniedException();
        }
        return DecisionService.touched(decisions.register(prefix, period.from(), period.to())).stream()
                .map(m -> views.of(user, m))
                .toList();
    }

    public void export(String villageCode, RegisterPeriod period, Locale locale, OutputStream out) {
        List<DecisionView> rows = register(villageCode, period);
        try {
            writer.write(rows, period, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SignedInUser reader() {
        SignedInUser user = currentUser.get().orElseThrow(AccessDeniedException::new);
        if (!user.has(Permission.DECISION_RECORD) && !user.has(Permission.DECISION_REVIEW)) {
            throw new AccessDeniedException();
        }
        if (user.scopeCode() == null || user.scopeCode().isEmpty()) {
            throw new AccessDeniedException();
        }
        return user;
    }
}
