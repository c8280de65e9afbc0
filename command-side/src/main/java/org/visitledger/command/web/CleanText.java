package org.visitledger.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a client may record (rule INPUT-CLEAN-TEXT): no control characters (a long free text may hold tabs and line
 * breaks: {@code multiline}), no lone surrogates, no bidirectional embedding, override or isolate characters. Such
 * characters cannot be stored by every database (PostgreSQL refuses NUL), can disguise a name, and have no place in
 * a statutory record; refused with 400 naming the field, before anything is recorded.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanTextValidator.class)
public @interface CleanText {

    /** Tabs, line feeds and carriage returns allowed (long free text). */
    boolean multiline() default false;

    String message() default "must not contain control, unpaired surrogate or bidirectional-override characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
