package org.bianmin.notice.domain;

import java.io.Serializable;
import org.bianmin.shared.domain.BusinessException;

/**
 * A threshold such as "two thirds" or "half", compared in whole numbers so that 2 of 3 is exactly two thirds, never
 * 0.6666 rounded the wrong way.
 */
public record Fraction(int numerator, int denominator) implements Serializable {

    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);

    public Fraction {
        if (numerator < 0 || denominator < 1 || numerator > denominator) {
            throw new BusinessException("notice.error.fraction");
        }
    }

    /** {@code part / whole >= this} */
    public boolean reachedBy(int part, int whole) {
        return (long) part * denominator >= (long) numerator * whole;
    }

    /** {@code part / whole > this} */
    public boolean exceededBy(int part, int whole) {
        return (long) part * denominator > (long) numerator * whole;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
