package org.visitledger.integrity;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.visitledger.openapi.ApiProblems;

/** The integrity endpoints' part of the OpenAPI document: what each may answer besides its success. */
@Configuration(proxyBeanMethods = false)
public class IntegrityApiDocumentation {

    @Bean
    public OperationCustomizer integrityProblems() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.getBeanType() != IntegrityController.class) {
                return operation;
            }
            ApiProblems.add(operation, "400", "A parameter or the body is invalid (errors)");
            switch (handlerMethod.getMethod().getName()) {
                case "visit" -> ApiProblems.add(operation, "404", "Nothing (no event, hash or checkpoint) knows "
                        + "this visit");
                case "verification" -> ApiProblems.add(operation, "404", "No such verification");
                case "verify" -> ApiProblems.add(operation, "409", "A verification is still running in this process");
                default -> {
                }
            }
            return operation;
        };
    }
}
