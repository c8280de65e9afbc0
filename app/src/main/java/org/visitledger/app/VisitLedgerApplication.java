package org.visitledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Both sides in one JVM on the embedded H2 file database: the default way to run visit-ledger. The sides' own
 * launchers ({@code CommandSideApplication}, {@code QuerySideApplication}) are on the class path but are not part
 * of this process: the scan leaves out every other boot configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "org.visitledger",
        excludeFilters = {
                // What @SpringBootApplication's own scan leaves out (auto-configurations, test exclusions) ...
                @ComponentScan.Filter(type = FilterType.CUSTOM,
                        classes = {TypeExcludeFilter.class, AutoConfigurationExcludeFilter.class}),
                // ... and the sides' launchers.
                @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)})
public class VisitLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(VisitLedgerApplication.class, args);
    }
}
