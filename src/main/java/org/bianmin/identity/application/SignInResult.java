package org.bianmin.identity.application;

import org.bianmin.identity.domain.SignedInUser;

/** What a sign-in attempt came to. Unknown user, wrong password and disabled account are all {@code REFUSED}. */
public record SignInResult(Outcome outcome, SignedInUser user, boolean mustChangePassword, String accountStamp) {

    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        LOCKED
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, false, null);
    }

    static SignInResult locked() {
        return new SignInResult(Outcome.LOCKED, null, false, null);
    }
}
