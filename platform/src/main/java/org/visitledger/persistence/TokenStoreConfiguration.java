package org.visitledger.persistence;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every process's token store: Axon's JDBC token store on the {@code token_entry} table that Flyway creates, and
 * tolerant of instances that start together ({@link InitializeOnceTokenStore}).
 *
 * <p>Why JDBC rather than the JPA store that Axon's auto-configuration picks when JPA is present: both write the
 * same rows with the same claim rules, but the JPA store's token update is a JPQL statement that Hibernate translates
 * anew on every call, which stood out in a profile of a query side under load; the JDBC store sends plain prepared
 * SQL. Its connections come from the connection provider of {@link TransactionConfiguration},
 * which hands out the connection Spring's transaction manager has bound, so a token still
 * commits or rolls back together with the read-model rows of its batch ({@code TokenTransactionTest}).
 */
// Axon's claim timeout (axon.eventhandling.tokenstore.claim-timeout), which its own JDBC auto-configuration would
// bind only where it runs after the data source's.
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenStoreProperties.class)
public class TokenStoreConfiguration {

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .build();
    }

    @Bean
    static BeanPostProcessor initializeTokensOnce(ObjectProvider<PlatformTransactionManager> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof TokenStore tokens && !(bean instanceof InitializeOnceTokenStore)
                        ? new InitializeOnceTokenStore(tokens, transactions.getObject()) : bean;
            }
        };
    }
}
