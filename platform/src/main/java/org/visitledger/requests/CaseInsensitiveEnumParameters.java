package org.visitledger.requests;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

import java.util.Arrays;
import java.util.Locale;

/**
 * Enum filters in query parameters in any case ({@code status=overdue} is {@code OVERDUE}), as people type them in a
 * browser's address bar (issue 21). Request bodies keep their exact names ({@link ExactEnumNames}): a body is written
 * by a program, and the JSON contract names them one way. An unknown value is still 400 naming the parameter.
 */
final class CaseInsensitiveEnumParameters implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> type) {
        Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
        return text -> {
            String name = text.strip().toUpperCase(Locale.ROOT);
            return (T) Arrays.stream(enumType.getEnumConstants()).map(constant -> (Enum) constant)
                    .filter(constant -> constant.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("must be one of "
                            + Arrays.toString(enumType.getEnumConstants())));
        };
    }
}
