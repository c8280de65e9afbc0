package org.visitledger.events;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whom an unresolved provider concern was escalated to (seed 004: "a senior inspector or regional inspection manager
 * (RIM)"). NOT_STATED where the record does not say: revision 1 of {@link ProviderConcernEscalated} held only free
 * text, and a name alone does not always tell.
 */
public enum EscalationRole {
    SENIOR_INSPECTOR,
    REGIONAL_INSPECTION_MANAGER,
    NOT_STATED;

    private static final Pattern RIM = Pattern.compile("\\brims?\\b|regional inspection manager");
    private static final Pattern SENIOR = Pattern.compile("\\bsenior\\b|\\bshmi\\b");

    /**
     * The role free text names, where it names one: "RIM North", "Regional inspection manager" → the RIM; "Senior
     * HMI Jo Bloggs", "SHMI" → a senior inspector; anything else → NOT_STATED. Used to read revision 1 and to fill
     * the role a client did not give.
     */
    public static EscalationRole impliedBy(String text) {
        if (text == null) {
            return NOT_STATED;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (RIM.matcher(lower).find()) {
            return REGIONAL_INSPECTION_MANAGER;
        }
        return SENIOR.matcher(lower).find() ? SENIOR_INSPECTOR : NOT_STATED;
    }
}
