package org.bianmin.kiosk.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bianmin.identity.application.AuditLog;
import org.bianmin.identity.application.CurrentUser;
import org.bianmin.identity.domain.AuditAction;
import org.bianmin.identity.domain.Permission;
import org.bianmin.identity.domain.SignedInUser;
import org.bianmin.kiosk.domain.KioskDevice;
import org.bianmin.kiosk.domain.KioskDeviceRepository;
import org.bianmin.kiosk.domain.KioskSecrets;
import org.bianmin.place.domain.Place;
import org.bianmin.place.domain.PlaceRepository;
import org.bianmin.shared.domain.BusinessException;
import org.bianmin.shared.domain.NotFoundException;

/**
 * Kiosk devices: administrators create, re-enrol and revoke them (audited); a machine enrols with its one-time code;
 * every kiosk request is recognised by its device token. Codes and tokens are never logged or audited.
 */
@Stateless
public class KioskService {

    private static final String OBJECT_TYPE = "kiosk_device";

    @Inject
    private KioskDeviceRepository devices;

    @Inject
    private PlaceRepository places;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EnrolmentThrottle throttle;

    public List<KioskSummary> list() {
        currentUser.require(Permission.KIOSK_MANAGE);
        Map<String, Place> byCode =
                places.findAll().stream().collect(Collectors.toMap(Place::getCode, Function.identity()));
        LocalDateTime now = LocalDateTime.now();
        return devices.findAll().stream()
                .map(d -> new KioskSummary(
                        d.getId(),
                        d.getVersion(),
                        d.getName(),
                        d.getVillageCode(),
                        placeName(byCode.get(d.getVillageCode()), d.getVillageCode()),
                        d.getStatus(),
                        d.getEnrolmentExpiresAt(),
                        d.isCodeExpired(now),
                        d.getEnrolledAt(),
                        d.getLastSeenAt()))
                .toList();
    }

    /** A new kiosk for a village, with its first enrolment code. */
    public IssuedCode create(String name, Long villageId) {
        SignedInUser admin = currentUser.require(Permission.KIOSK_MANAGE);
        Place village = villageId == null ? null : places.find(villageId).orElse(null);
        KioskDevice device = new KioskDevice(name, village, admin.id());
        String code = device.issueEnrolmentCode(LocalDateTime.now());
        devices.save(device);
        audit.record(AuditAction.KIOSK_CREATED, OBJECT_TYPE, device.getId(), describe(device));
        return issued(device, code);
    }

    /**
     * A new enrolment code for an existing kiosk, for a replaced machine: the machine that held the kiosk stops being
     * it now.
     */
    public IssuedCode issueCode(long id, int expectedVersion) {
        currentUser.require(Permission.KIOSK_MANAGE);
        KioskDevice device = fresh(id, expectedVersion);
        String before = device.getStatus().name();
        String code = device.issueEnrolmentCode(LocalDateTime.now());
        audit.record(AuditAction.KIOSK_CODE_ISSUED, OBJECT_TYPE, id, describe(device) + ", was=" + before);
        return issued(device, code);
    }

    public void revoke(long id, int expectedVersion) {
        currentUser.require(Permission.KIOSK_MANAGE);
        KioskDevice device = fresh(id, expectedVersion);
        device.revoke(LocalDateTime.now());
        audit.record(AuditAction.KIOSK_REVOKED, OBJECT_TYPE, id, describe(device));
    }

    /**
     * Exchanges an enrolment code for a device token. A wrong, expired or used code gets one answer, and guessing is
     * throttled per address.
     *
     * @param client who is asking (the address), for throttling only
     * @throws BusinessException {@code kiosk_enrol.error.invalid}, or {@code kiosk_enrol.error.tooMany} while throttled
     */
    public Enrolment enrol(String typedCode, String client) {
        Instant instant = Instant.now();
        if (throttle.blocked(client, instant)) {
            throw new BusinessException("kiosk_enrol.error.tooMany");
        }
        LocalDateTime now = LocalDateTime.now();
        Optional<KioskDevice> found = KioskSecrets.normaliseCode(typedCode)
                .map(KioskSecrets::hash)
                .flatMap(devices::findByEnrolmentCodeHashForUpdate)
                .filter(d -> d.acceptsCode(typedCode, now));
        if (found.isEmpty()) {
            throttle.failed(client, instant);
            throw new BusinessException("kiosk_enrol.error.invalid");
        }
        KioskDevice device = found.get();
        String token = device.enrol(typedCode, now);
        audit.record(null, "kiosk", AuditAction.KIOSK_ENROLLED, OBJECT_TYPE, device.getId(), describe(device));
        return new Enrolment(token, enrolled(device));
    }

    /**
     * The kiosk holding this device token, if it is enrolled and not revoked; notes that it was seen (at most once per
     * {@link KioskDevice#SEEN_INTERVAL}).
     */
    public Optional<EnrolledKiosk> recognise(String token) {
        if (!KioskSecrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now();
        Optional<KioskDevice> found =
                devices.findActiveByTokenHash(KioskSecrets.hash(token)).filter(d -> d.recognises(token));
        found.filter(d -> d.dueForSeen(now)).ifPresent(d -> devices.markSeen(d.getId(), now));
        return found.map(this::enrolled);
    }

    private KioskDevice fresh(long id, int expectedVersion) {
        KioskDevice device = devices.find(id).orElseThrow(NotFoundException::new);
        if (device.getVersion() != expectedVersion) {
            throw new BusinessException("error.stale");
        }
        return device;
    }

    private EnrolledKiosk enrolled(KioskDevice device) {
        String villageName =
                places.findByCode(device.getVillageCode()).map(Place::getName).orElse(device.getVillageCode());
        return new EnrolledKiosk(device.getId(), device.getName(), device.getVillageCode(), villageName);
    }

    private static IssuedCode issued(KioskDevice device, String code) {
        return new IssuedCode(device.getId(), device.getName(), code, device.getEnrolmentExpiresAt());
    }

    /** The town and the village, as an administrator picks them. */
    private static String placeName(Place village, String code) {
        if (village == null) {
            return code;
        }
        return village.getParent() == null
                ? village.getName()
                : village.getParent().getName() + " " + village.getName();
    }

    private static String describe(KioskDevice device) {
        return "name=" + device.getName() + ", village=" + device.getVillageCode() + ", status=" + device.getStatus();
    }
}
