package org.bianmin.identity.domain;

/** Hashes and checks passwords; the implementation uses argon2id. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
