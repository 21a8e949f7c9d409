package org.bianmin.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import org.bianmin.notification.domain.PhoneCode;
import org.bianmin.notification.domain.PhoneCodeRepository;

/**
 * Checks a typed code in a transaction of its own, so that a wrong try is counted even when the use case it was meant
 * to confirm rolls back (as it does on any refusal).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PhoneCodeAttempts {

    /** What a check found: the code's id when it was right, the tries left when it was wrong. */
    public record Attempt(PhoneCode.Result result, Long codeId, int triesLeft) {}

    private PhoneCodeRepository codes;

    /** For the CDI proxy. */
    protected PhoneCodeAttempts() {}

    @Inject
    public PhoneCodeAttempts(PhoneCodeRepository codes) {
        this.codes = codes;
    }

    public Attempt check(String purpose, String phone, String typed, LocalDateTime now) {
        return codes.newestForUpdate(purpose, phone)
                .map(code -> {
                    PhoneCode.Result result = code.check(typed, now);
                    codes.save(code);
                    return new Attempt(result, code.getId(), code.triesLeft());
                })
                .orElse(new Attempt(PhoneCode.Result.NONE, null, 0));
    }
}
