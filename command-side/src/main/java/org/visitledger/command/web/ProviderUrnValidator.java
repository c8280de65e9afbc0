package org.visitledger.command.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Locale;
import java.util.regex.Pattern;

/** Rule INPUT-PROVIDER-URN: see {@link ProviderUrn}. */
public final class ProviderUrnValidator implements ConstraintValidator<ProviderUrn, String> {

    /** ASCII digits only: a full-width digit looks the same and is not the same reference. */
    private static final Pattern FORMS = Pattern.compile("SC[0-9]{6}|[0-9]{6}|LA[0-9]{3}");

    /** The reference as the ledger records it: spaces removed, letters upper case. */
    static String normalised(String urn) {
        return urn == null ? null : urn.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean isValid(String urn, ConstraintValidatorContext context) {
        return urn == null || FORMS.matcher(normalised(urn)).matches();
    }
}
