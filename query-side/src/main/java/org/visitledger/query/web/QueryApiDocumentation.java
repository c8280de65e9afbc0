package org.visitledger.query.web;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.visitledger.openapi.ApiProblems;
import org.visitledger.query.consistency.ReadYourWrites;

/** The query side's part of the OpenAPI document (issue 21): what every read may answer besides its success. */
@Configuration(proxyBeanMethods = false)
public class QueryApiDocumentation {

    @Bean
    public OperationCustomizer readProblems() {
        return (operation, handlerMethod) -> {
            if (!handlerMethod.getBeanType().getPackageName().startsWith("org.visitledger.query")
                    || !AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), GetMapping.class)) {
                return operation;
            }
            ApiProblems.add(operation, "400", "A parameter is invalid (errors)");
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "path".equals(parameter.getIn()))) {
                ApiProblems.add(operation, "404", "No such visit (or another provider's), or nothing at this path");
            }
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> ReadYourWrites.HEADER.equals(parameter.getName()))) {
                ApiProblems.add(operation, "503", "The read model has not reached X-Min-Version within 5 s "
                        + "(Retry-After)");
            }
            return operation;
        };
    }
}
