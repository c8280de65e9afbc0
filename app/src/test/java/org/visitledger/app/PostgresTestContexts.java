package org.visitledger.app;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.visitledger.testing.PostgresTestSchema;
import org.visitledger.testing.PostgresTestServer;

import java.util.List;
import java.util.Map;

/**
 * In the PostgreSQL run ({@link PostgresTestServer#selected()}), puts each application context that the tests start
 * on a fresh schema of the PostgreSQL test server, with the postgres profile's dialect; Flyway migrates it as at any
 * start (db/migration/common and db/migration/postgresql). Elsewhere it changes nothing: the contexts stay on H2.
 */
public class PostgresTestContexts implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return PostgresTestServer.selected() ? new OnFreshSchema() : null;
    }

    /** Without state, so equal for every test class: the context cache shares contexts exactly as on H2. */
    private record OnFreshSchema() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            PostgresTestServer server = PostgresTestServer.required();
            PostgresTestSchema schema = PostgresTestSchema.create(server, "app");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresql-test-schema",
                    Map.of("spring.datasource.url", schema.url(),
                            "spring.datasource.username", server.user(),
                            "spring.datasource.password", server.password())));
            // Registered before any bean of the context, so destroyed after all of them when it closes (or fails to
            // start): the processors and the connection pool are gone by then, and nothing holds the schema's tables.
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("postgresqlTestSchema", schema::close);
        }
    }
}
