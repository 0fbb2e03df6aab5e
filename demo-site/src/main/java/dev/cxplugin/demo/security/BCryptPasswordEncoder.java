package dev.cxplugin.demo.security;

import org.springframework.security.authentication.encoding.PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Broadleaf 3.1 asks for Spring Security's salted {@link PasswordEncoder}; its default stores passwords in
 * plain text. This one stores BCrypt hashes (the salt is inside the hash, so Broadleaf's salt is ignored).
 * Selected with {@code password.site.encoder} and {@code password.admin.encoder}.
 */
public class BCryptPasswordEncoder implements PasswordEncoder {

    protected int strength = 10;

    public void setStrength(int strength) {
        this.strength = strength;
    }

    @Override
    public String encodePassword(String rawPass, Object salt) {
        return BCrypt.hashpw(rawPass == null ? "" : rawPass, BCrypt.gensalt(strength));
    }

    @Override
    public boolean isPasswordValid(String encPass, String rawPass, Object salt) {
        if (encPass == null || !encPass.startsWith("$2")) {
            return false;
        }
        try {
            return BCrypt.checkpw(rawPass == null ? "" : rawPass, encPass);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
