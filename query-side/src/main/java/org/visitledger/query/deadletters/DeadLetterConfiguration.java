package org.visitledger.query.deadletters;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.deadletters.DeadLetterTable;
import org.visitledger.query.readmodel.ReadModelTables;
import org.visitledger.query.writing.BatchCommit;

import javax.sql.DataSource;

/**
 * Every read model gets Axon's sequenced dead-letter queue ({@link DeadLetterTable}): an event it cannot
 * apply parks its own visit's events, in order, and every other visit flows on. The sequence is the visit, as the
 * processors' sequencing policy (per aggregate) has it. A parked visit's later events queue behind the parked ones
 * until an administrator retries or evicts them ({@code DeadLetters}).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    public ConfigurerModule readModelDeadLetterQueues(ReadModelTables tables, ConnectionProvider connections,
                                                      JdbcTemplate jdbc, DataSource dataSource) {
        return configurer -> {
            for (String readModel : tables.readModels()) {
                configurer.eventProcessing()
                        .registerDeadLetterQueue(readModel, configuration -> new ParkedSequences(
                                DeadLetterTable.queue(readModel, configuration, connections), jdbc, readModel))
                        .registerDeadLetterPolicy(readModel, configuration -> new ParkingPolicy(jdbc))
                        // A replay rebuilds the read model from nothing: what was parked is applied again or parked again.
                        .registerDeadLetteringEventHandlerInvokerConfiguration(readModel, (configuration, invoker) ->
                                invoker.transactionManager(new SavepointTransactions(
                                        configuration.getComponent(TransactionManager.class), dataSource))
                                        .allowReset(true))
                        .registerHandlerInterceptor(readModel, configuration -> {
                            VisitParking parking = new VisitParking(readModel, () -> configuration
                                    .eventProcessingConfiguration().deadLetterQueue(readModel).orElseThrow());
                            return (unitOfWork, chain) -> {
                                if (BatchCommit.inBatch()) {
                                    BatchCommit.parkFailingVisitsIn(parking);
                                }
                                return chain.proceed();
                            };
                        });
            }
        };
    }
}
