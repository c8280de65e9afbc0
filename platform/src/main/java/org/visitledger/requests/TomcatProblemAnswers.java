package org.visitledger.requests;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers what it refuses itself as problem+json ({@link ProblemErrorReportValve}), and does not wait for the
 * unread body of a request it refused ({@link UnreadBodies}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(StandardHost.class)
public class TomcatProblemAnswers {

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonFromTomcat() {
        return factory -> {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
            // An engine valve: it acts once the host has finished the answer (a context valve would make Tomcat render
            // the error page over the answer the application wrote).
            factory.addEngineValves(new UnreadBodies());
        };
    }
}
