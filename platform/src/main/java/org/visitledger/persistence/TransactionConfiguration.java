package org.visitledger.persistence;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Axon's units of work run in Spring's transactions: a command's events, a batch's read-model rows and its token
 * commit or roll back together, all on the connection Spring's transaction holds. Axon's auto-configuration makes
 * these beans only when it finds Spring's transaction manager and data source first, and it orders itself after
 * Boot 3's class names; under Boot 4 without JPA it came first and silently ran every unit of work without a
 * transaction (TokenTransactionTest found it), or had no connection provider at all. So they are made here.
 */
@Configuration(proxyBeanMethods = false)
public class TransactionConfiguration {

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /** The connection the current Spring transaction holds (Axon's JDBC stores take theirs from here). */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }
}
