package org.visitledger.requests;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.type.LogicalType;

/**
 * Enum values exactly as named: Jackson retries a name it does not know with surrounding spaces trimmed, which would
 * take {@code " RSS_ASSURANCE"} for {@code RSS_ASSURANCE}.
 */
final class ExactEnumNames extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                       BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
        return new Exact(deserializer, type.getRawClass());
    }

    private static final class Exact extends ValueDeserializer<Object> {

        private final ValueDeserializer<?> names;
        private final Class<?> type;

        private Exact(ValueDeserializer<?> names, Class<?> type) {
            this.names = names;
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                if (!text.equals(text.strip())) {
                    throw InvalidFormatException.from(parser, "enum value with surrounding spaces", text, type);
                }
            }
            return names.deserialize(parser, context);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            ValueDeserializer<?> contextual = names.createContextual(context, property);
            return contextual == names ? this : new Exact(contextual, type);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }
}
