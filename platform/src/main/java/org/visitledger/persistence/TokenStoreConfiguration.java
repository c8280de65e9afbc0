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
 * tolerant of instances that start together ({@link InitializeOnceTokenStore}). Its connections come from the
 * connection provider of {@link TransactionConfiguration}, which hands out the connection Spring's transaction
 * manager has bound, so a token commits or rolls back together with the read-model rows of its batch
 * ({@code TokenTransactionTest}). Axon's claim timeout ({@code axon.eventhandling.tokenstore.claim-timeout}) is
 * bound here: Axon's own JDBC auto-configuration binds it only where it runs after the data source's.
 */
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
