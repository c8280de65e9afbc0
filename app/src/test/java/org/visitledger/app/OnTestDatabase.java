package org.visitledger.app;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextCustomizerFactories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test whose application runs on the test database: H2 files in the default surefire execution, a fresh
 * PostgreSQL schema in the execution on-postgresql ({@link PostgresTestContexts}), which runs only the tests tagged
 * {@code database}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("database")
@ContextCustomizerFactories(PostgresTestContexts.class)
public @interface OnTestDatabase {
}
