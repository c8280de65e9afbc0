package org.visitledger.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule PROVIDER-CONCERN-ESCALATE: the role free text states, as revision 1 of ProviderConcernEscalated is read and as a
 * role a client did not give is filled.
 */
class EscalationRoleTest {

    @ParameterizedTest(name = "{0} states {1}")
    @CsvSource(nullValues = "null", value = {
            "Regional inspection manager, REGIONAL_INSPECTION_MANAGER",
            "RIM North, REGIONAL_INSPECTION_MANAGER",
            "the rim, REGIONAL_INSPECTION_MANAGER",
            "RIMs of the North West, REGIONAL_INSPECTION_MANAGER",
            "Senior HMI Jo Bloggs, SENIOR_INSPECTOR",
            "SHMI, SENIOR_INSPECTOR",
            "senior inspector, SENIOR_INSPECTOR",
            "Jo Bloggs, NOT_STATED",
            "Grimshaw, NOT_STATED",
            "Seniority unknown, NOT_STATED",
            "null, NOT_STATED"})
    void free_text_states_a_role_only_where_it_names_one(String text, EscalationRole role) {
        assertThat(EscalationRole.impliedBy(text)).isEqualTo(role);
    }
}
