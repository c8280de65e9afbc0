package org.visitledger.command.erasure;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.openapi.ApiProblems;

/** The erasure endpoint's part of the OpenAPI document: what it may answer besides its success. */
@Configuration(proxyBeanMethods = false)
public class ErasureApiDocumentation {

    @Bean
    public OperationCustomizer erasureProblems() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.getBeanType() == ErasureController.class) {
                ApiProblems.add(operation, "400", "The body is invalid: no visit id or no reason (errors)");
                ApiProblems.add(operation, "404", "No such visit");
            }
            return operation;
        };
    }
}
