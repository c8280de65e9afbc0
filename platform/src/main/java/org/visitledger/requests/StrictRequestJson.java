package org.visitledger.requests;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.time.Instant;

/**
 * The API's JSON bodies are read as written, never coerced (issue 19, defect 5): a command becomes a permanent event,
 * so {@code "seriousOrWidespreadConcerns": 1}, {@code "plannedLengthDays": 3.5} or {@code "3"}, a number for a name
 * or a visit type, {@code " RSS_ASSURANCE"}, an epoch number or an empty string for a time, and a key given twice
 * are 400s naming the field instead of guesses.
 * <p>
 * This is the mapper Spring MVC reads request bodies with. Axon's event serializer builds its own mapper
 * (docs/architecture.md), so the stored events' form is unaffected.
 */
@Configuration(proxyBeanMethods = false)
public class StrictRequestJson {

    @Bean
    public JsonMapperBuilderCustomizer strictRequestBodies() {
        return StrictRequestJson::strict;
    }

    /** The strict settings, on any mapper builder (the tests build one without Spring). */
    public static void strict(JsonMapper.Builder builder) {
        SimpleModule asWritten = new SimpleModule("request-bodies-as-written");
        asWritten.setDeserializerModifier(new ExactEnumNames());
        asWritten.addDeserializer(Instant.class, new Iso8601Instants());
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // An empty or blank string is a string: never null, never an empty value of another type.
                .withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(asWritten);
    }
}
