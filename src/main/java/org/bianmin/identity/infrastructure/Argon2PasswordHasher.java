package org.bianmin.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.bianmin.identity.domain.PasswordHasher;

/**
 * argon2id through Shiro's password service. A check costs about 0.1 s on purpose: it runs once per sign-in, never
 * per request.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {

    private final DefaultPasswordService passwords;

    public Argon2PasswordHasher() {
        DefaultHashService hashService = new DefaultHashService();
        hashService.setDefaultAlgorithmName("argon2id");
        passwords = new DefaultPasswordService();
        passwords.setHashService(hashService);
    }

    @Override
    public String hash(String password) {
        return passwords.encryptPassword(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        try {
            return hash != null && passwords.passwordsMatch(password, hash);
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }
}
