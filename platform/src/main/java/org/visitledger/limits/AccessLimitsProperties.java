package org.visitledger.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The limits on reads and on failed logins (docs/operations.md, "Limits"), per user and per client address. The
 * command limits are the command side's ({@code LimitsProperties}), under the same prefix.
 */
@ConfigurationProperties("visit-ledger.limits")
public record AccessLimitsProperties(@DefaultValue("1200") int readsPerMinute,
                                     @DefaultValue("300") int readBurst,
                                     @DefaultValue("6000") int addressReadsPerMinute,
                                     @DefaultValue("1500") int addressReadBurst,
                                     @DefaultValue("10") int failedLoginsPerUser,
                                     @DefaultValue("50") int failedLoginsPerAddress,
                                     @DefaultValue("5m") Duration failedLoginWindow) {

    public AccessLimitsProperties {
        if (readsPerMinute < 1 || readBurst < 1 || addressReadsPerMinute < 1 || addressReadBurst < 1
                || failedLoginsPerUser < 1 || failedLoginsPerAddress < 1 || failedLoginWindow.isNegative()
                || failedLoginWindow.isZero()) {
            throw new IllegalArgumentException("visit-ledger.limits: the read and failed-login limits must be 1 or "
                    + "more, and failed-login-window a positive duration");
        }
    }
}
