package org.visitledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Both sides in one JVM on the embedded H2 file database: the default way to run visit-ledger. */
@SpringBootApplication(scanBasePackages = "org.visitledger")
public class VisitLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(VisitLedgerApplication.class, args);
    }
}
