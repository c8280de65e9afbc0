package org.visitledger.command.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}; null is left to {@code @NotNull}/{@code @NotBlank}. */
public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    private boolean multiline;

    @Override
    public void initialize(CleanText constraint) {
        multiline = constraint.multiline();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String problem = problemWith(text, i, c);
            if (problem != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must not contain " + problem + " (U+"
                        + String.format("%04X", (int) c) + " at position " + i + ")").addConstraintViolation();
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }

    private String problemWith(String text, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null
                    : "an unpaired surrogate";
        }
        if (Character.isLowSurrogate(c)) {
            return "an unpaired surrogate";
        }
        if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
            return multiline ? "control characters other than tab and line breaks" : "control characters";
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return "bidirectional embedding, override or isolate characters";
        }
        return null;
    }
}
