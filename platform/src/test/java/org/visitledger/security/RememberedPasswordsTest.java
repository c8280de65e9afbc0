package org.visitledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordsTest {

    /** bcrypt, counting how often it is asked. */
    private static final class CountingBcrypt implements PasswordEncoder {
        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }

    private final CountingBcrypt bcrypt = new CountingBcrypt();
    private final RememberedPasswords passwords = new RememberedPasswords(bcrypt);
    private final String stored = passwords.encode("inspector");

    @Test
    void aPasswordThatMatchedIsCheckedWithBcryptOnce() {
        assertThat(passwords.matches("inspector", stored)).isTrue();
        assertThat(passwords.matches("inspector", stored)).isTrue();
        assertThat(passwords.matches("inspector", stored)).isTrue();

        assertThat(bcrypt.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndCheckedWithBcryptEveryTime() {
        assertThat(passwords.matches("inspector", stored)).isTrue();

        assertThat(passwords.matches("Inspector", stored)).isFalse();
        assertThat(passwords.matches("Inspector", stored)).isFalse();
        assertThat(passwords.matches("", stored)).isFalse();

        assertThat(bcrypt.checks).hasValue(4);
        assertThat(passwords.matches("inspector", stored)).isTrue();
        assertThat(bcrypt.checks).hasValue(4);
    }

    @Test
    void aRememberedPasswordOpensNoOtherStoredHash() {
        String otherUser = passwords.encode("manager");
        assertThat(passwords.matches("inspector", stored)).isTrue();

        assertThat(passwords.matches("inspector", otherUser)).isFalse();
        assertThat(passwords.matches("manager", otherUser)).isTrue();
        assertThat(passwords.matches("manager", stored)).isFalse();
    }

    @Test
    void theStoredHashIsBcryptsOwn() {
        assertThat(stored).startsWith("$2a$04$");
        assertThat(new BCryptPasswordEncoder(4).matches("inspector", stored)).isTrue();
    }
}
