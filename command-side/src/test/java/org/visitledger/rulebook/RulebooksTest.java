package org.visitledger.rulebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visitledger.events.DeadlineCode;
import org.visitledger.events.VisitType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading the rulebooks (rule RULEBOOK-DATA): every entry with a {@code rule} text must name the rule id it
 * implements, so that a new rulebook cannot leave it out. Whether docs/rules.md defines the id is
 * {@link RuleIdsTest}'s concern.
 */
class RulebooksTest {

    private static final String NFD = "SECTION8_NFD-1.json";
    private static final String NFD_ARRIVAL_RULE_ID = "\"ruleId\": \"NFD-ARRIVAL-DUE\",";

    @Test
    void the_shipped_rulebooks_load_with_their_rule_ids() {
        Rulebooks rulebooks = Rulebooks.shipped();

        assertThat(rulebooks.inForce(VisitType.SCH_ASSURANCE).deadline(DeadlineCode.CASE_REVIEW))
                .hasValueSatisfying(rule -> assertThat(rule.ruleId()).isEqualTo("CASE-REVIEW-DUE"));
        assertThat(rulebooks.version(VisitType.RSS_ASSURANCE, "1").annexARule())
                .hasValueSatisfying(rule -> assertThat(rule.ruleId()).isEqualTo("ANNEX-A-DUE"));
        assertThat(rulebooks.inForce(VisitType.SECTION8_NFD).arrivalDeadlineRule())
                .hasValueSatisfying(rule -> assertThat(rule.ruleId()).isEqualTo("NFD-ARRIVAL-DUE"));
    }

    @Test
    void every_visit_type_has_a_rulebook_and_a_type_without_one_is_unknown() {
        Rulebooks shipped = Rulebooks.shipped();
        for (VisitType type : VisitType.values()) {
            assertThat(shipped.inForce(type).visitType()).isEqualTo(type);
        }
        Rulebooks nfdOnly = new Rulebooks(List.of(shipped.inForce(VisitType.SECTION8_NFD)));
        assertThatThrownBy(() -> nfdOnly.inForce(VisitType.LA_SAFEGUARDING_LAC))
                .isInstanceOf(UnknownRulebookException.class);
    }

    @Test
    void an_la_limiting_judgement_without_a_rule_id_is_refused_naming_it() throws IOException {
        String json = shipped("LA_SAFEGUARDING_LAC-1.json");
        String cited = "\"ruleId\": \"LA-LIMIT-SG-LEADERSHIP\",";
        assertThat(json).contains(cited);
        assertThatThrownBy(() -> Rulebooks.parse("LA.json", stream(json.replace(cited, ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("limitingJudgements[SAFEGUARDING/LEADERSHIP_AND_MANAGEMENT]");
    }

    @Test
    void the_rule_id_is_not_part_of_the_rule_text_that_events_record() {
        Rulebook nfd = Rulebooks.shipped().inForce(VisitType.SECTION8_NFD);

        assertThat(nfd.arrivalDeadlineRule().orElseThrow().rule())
                .isEqualTo("seed 002: the NFD takes place within 48 hours of the conversion decision");
    }

    @Test
    void an_entry_without_a_rule_id_is_refused() throws IOException {
        String json = shipped(NFD);
        assertThat(json).contains(NFD_ARRIVAL_RULE_ID);

        assertThatThrownBy(() -> Rulebooks.parse(NFD, stream(json.replace(NFD_ARRIVAL_RULE_ID, ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(NFD)
                .hasMessageContaining("arrivalDeadline")
                .hasMessageContaining("ruleId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "nfd-arrival-due", "NFD ARRIVAL DUE", "NFD"})
    void an_entry_whose_rule_id_is_blank_or_not_an_id_is_refused(String ruleId) throws IOException {
        String json = shipped(NFD).replace(NFD_ARRIVAL_RULE_ID, "\"ruleId\": \"" + ruleId + "\",");

        assertThatThrownBy(() -> Rulebooks.parse(NFD, stream(json)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("arrivalDeadline");
    }

    @Test
    void a_notification_without_a_rule_id_is_refused_naming_its_section() throws IOException {
        String json = shipped("SCHOOL_INTERIM-1.json");
        String conversionCall = "\"ruleId\": \"NOTIFY-CONVERSION-CALL\",";
        assertThat(json).contains(conversionCall);

        assertThatThrownBy(() -> Rulebooks.parse("SCHOOL_INTERIM-1.json", stream(json.replace(conversionCall, ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notificationsAtConversion[0]");
    }

    private static String shipped(String file) throws IOException {
        try (InputStream in = RulebooksTest.class.getResourceAsStream("/rulebooks/" + file)) {
            assertThat(in).as("rulebook %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
