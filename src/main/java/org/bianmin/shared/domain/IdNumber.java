package org.bianmin.shared.domain;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * A mainland resident identity number (身份证号, GB 11643-1999): a 6-digit region code, the birth date as yyyyMMdd, a
 * 3-digit sequence whose last digit gives the sex, and an ISO 7064 MOD 11-2 check character.
 *
 * <p>The canonical constructor validates too, so no invalid instance can exist, not even one read back from a
 * serialised session. {@link #toString()} gives the masked form so that the full number never reaches a log by
 * accident; whoever really needs it must ask for {@link #value()}, and a full view shown to staff is to be audited.
 *
 * @param value the 18 characters, the check character upper-case
 */
public record IdNumber(String value) implements Serializable {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** STRICT, so 30 February is refused instead of quietly becoming 2 March. */
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** Nobody born before 1900 is still alive to ask for a service, so such a date is a typo. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** "Future" means after today in the district, whatever time zone the server runs in. */
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    public IdNumber {
        value = validated(value);
    }

    /**
     * Reads a number as a resident types it: surrounding blanks are ignored and a lower-case x is accepted.
     *
     * @throws BusinessException idNumber.error.format, idNumber.error.birthDate or idNumber.error.checkDigit
     */
    public static IdNumber parse(String raw) {
        return new IdNumber(raw);
    }

    // The birth date is checked before the check character: when both are wrong, "the birth date is wrong" tells the
    // resident which digits to look at, where "not valid" would not.
    private static String validated(String raw) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!hasTheRightShape(number)) {
            throw new BusinessException("idNumber.error.format");
        }
        LocalDate birthDate = birthDateIn(number);
        if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(LocalDate.now(DISTRICT_ZONE))) {
            throw new BusinessException("idNumber.error.birthDate");
        }
        if (number.charAt(LENGTH - 1) != checkCharacterOf(number)) {
            throw new BusinessException("idNumber.error.checkDigit");
        }
        return number;
    }

    /** 17 ASCII digits, then a digit or X. Not {@link Character#isDigit}: it also takes full-width and other digits. */
    private static boolean hasTheRightShape(String number) {
        if (number.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(number.charAt(i))) {
                return false;
            }
        }
        char last = number.charAt(LENGTH - 1);
        return isAsciiDigit(last) || last == 'X';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate birthDateIn(String number) {
        try {
            return LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException e) {
            throw new BusinessException("idNumber.error.birthDate");
        }
    }

    /** ISO 7064 MOD 11-2 as GB 11643 gives it: weighted sum of the first 17 digits, remainder mod 11 to a character. */
    private static char checkCharacterOf(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDateIn(value);
    }

    /**
     * Age in completed years (周岁) on a day: it goes up on the birthday itself. Someone born on 29 February turns a
     * year older on 1 March in a common year.
     *
     * @throws IllegalArgumentException if the day is before the birth date: a caller's mistake, not a resident's
     */
    public int ageOn(LocalDate day) {
        LocalDate birthDate = birthDate();
        if (day.isBefore(birthDate)) {
            throw new IllegalArgumentException("age asked for " + day + ", before the birth date");
        }
        return Period.between(birthDate, day).getYears();
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The administrative division (行政区划) where the number was first issued; people move, so not where they live. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** E.g. 5109**********1234: enough for a resident to recognise their own number, too little to misuse it. */
    public String masked() {
        return Masking.idNumber(value);
    }

    /** For pages: Jakarta EL 5 does not see record accessors. There is deliberately no getValue(). */
    public String getMasked() {
        return masked();
    }

    @Override
    public String toString() {
        return masked();
    }
}
