package org.visitledger.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A provider's unique reference number in one of the forms the inspectorate issues (rule INPUT-PROVIDER-URN): social
 * care {@code SC} and 6 digits, a school's 6 digits, or a council's local authority code, {@code LA} and 3 digits (rule
 * LA-PROVIDER-CODE). Letters are taken in either case and spaces are ignored, so
 * {@code " sc000001 "} is {@code SC000001} ({@link ProviderUrnValidator#normalised}); anything else is refused, so that no visit is
 * recorded under a near-miss reference its provider can never see.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProviderUrnValidator.class)
public @interface ProviderUrn {

    String message() default "must be a URN: SC and 6 digits (social care), 6 digits (school) or LA and 3 digits (a council)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
