package org.bianmin.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bianmin.shared.domain.PhoneNumber;

/**
 * A confirmation code sent to a mobile number for one purpose: six digits, valid for a few minutes, at most five
 * wrong tries, used once. Only a salted hash of the code is kept. Typing the right code verifies it; the use case it
 * confirms then consumes it in its own transaction, so a use case that fails after the check leaves the code verified
 * and the person may try again with the same code.
 */
@Entity
@Table(name = "phone_code")
public class PhoneCode implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DIGITS = 6;
    public static final int MAX_ATTEMPTS = 5;
    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    public static final int MAX_PURPOSE = 32;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    /** What a typed code turned out to be. */
    public enum Result {
        /** the right code (typed now or earlier): the use case may consume it */
        RIGHT,
        /** a wrong code; the tries left are counted down */
        WRONG,
        /** no code to check: never sent, expired, already used, or its tries are used up */
        NONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "purpose", nullable = false, updatable = false, length = MAX_PURPOSE)
    private String purpose;

    @Column(name = "phone", nullable = false, updatable = false, length = 11)
    private String phone;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    @Column(name = "salt", nullable = false, updatable = false, length = 32)
    private String salt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "consumed_at")
    private LocalDateTime consumedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected PhoneCode() {}

    /**
     * @param code the six digits just sent
     * @param salt random hex (32 characters) mixed into the hash, so equal codes never hash alike
     */
    public static PhoneCode issue(String purpose, PhoneNumber phone, String code, String salt, LocalDateTime now) {
        if (purpose == null || purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
            throw new IllegalArgumentException("purpose must be 1 to " + MAX_PURPOSE + " characters");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a code is " + DIGITS + " digits");
        }
        PhoneCode issued = new PhoneCode();
        issued.purpose = purpose;
        issued.phone = Objects.requireNonNull(phone, "phone").value();
        issued.salt = Objects.requireNonNull(salt, "salt");
        issued.codeHash = hash(salt, code);
        issued.createdAt = now;
        issued.expiresAt = now.plus(VALID_FOR);
        return issued;
    }

    /** Whether this code can still be checked or used now. */
    public boolean isOpen(LocalDateTime now) {
        return consumedAt == null && now.isBefore(expiresAt) && (verifiedAt != null || attempts < MAX_ATTEMPTS);
    }

    /**
     * Checks a typed code: the right one verifies this code (again, harmlessly), a wrong one uses up a try.
     *
     * @param typed as the person typed it; spaces and full-width digits are read as people mean them
     */
    public Result check(String typed, LocalDateTime now) {
        if (!isOpen(now)) {
            return Result.NONE;
        }
        String digits = normalised(typed);
        if (digits != null
                && MessageDigest.isEqual(
                        hash(salt, digits).getBytes(StandardCharsets.US_ASCII),
                        codeHash.getBytes(StandardCharsets.US_ASCII))) {
            if (verifiedAt == null) {
                verifiedAt = now;
            }
            return Result.RIGHT;
        }
        if (verifiedAt == null) {
            attempts++;
        }
        return Result.WRONG;
    }

    /** The use case the code confirms has used it; it never works again. */
    public void consume(LocalDateTime now) {
        if (verifiedAt == null || consumedAt != null || !now.isBefore(expiresAt)) {
            throw new IllegalStateException("code " + id + " is not verified and unused");
        }
        consumedAt = now;
    }

    public int triesLeft() {
        return Math.max(0, MAX_ATTEMPTS - attempts);
    }

    static String normalised(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int c : typed.codePoints().toArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                digits.append((char) ('0' + (c - '\uFF10')));
            } else if (c >= '0' && c <= '9') {
                digits.append((char) c);
            } else if (!Character.isWhitespace(c) && c != '\u3000' && c != '-') {
                return null;
            }
        }
        return CODE.matcher(digits).matches() ? digits.toString() : null;
    }

    static String hash(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + ":" + code).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getPurpose() {
        return purpose;
    }

    /** The 11 digits; never log them. */
    public String getPhone() {
        return phone;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public LocalDateTime getConsumedAt() {
        return consumedAt;
    }

    @Override
    public String toString() {
        return "PhoneCode[id=" + id + ", purpose=" + purpose + "]";
    }
}
