package org.visitledger.persistence;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Every process's token store tolerates instances that start together ({@link InitializeOnceTokenStore}). */
@Configuration(proxyBeanMethods = false)
public class TokenStoreConfiguration {

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
