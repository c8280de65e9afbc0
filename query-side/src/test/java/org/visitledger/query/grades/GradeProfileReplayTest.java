package org.visitledger.query.grades;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitledger.events.Grade;
import org.visitledger.events.InspectionElement;
import org.visitledger.events.JudgementArea;
import org.visitledger.events.stream.RecordedStory;
import org.visitledger.events.stream.RecordedStream;
import org.visitledger.query.paging.Page;
import org.visitledger.query.paging.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.visitledger.query.replay.ReadSide;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The grade profile after replaying the recorded LA inspection of Northshire (rules LA-GRADE-PROFILE,
 * LA-LIMITING-JUDGEMENTS, LA-LIMIT-OVERRIDE): every graded area of both elements once the final report was sent,
 * safeguarding overall effectiveness limited from GOOD to ADEQUATE, looked-after overall effectiveness kept GOOD by an
 * override with its rationale; nothing before the final report, and nothing from the other visit types.
 */
class GradeProfileReplayTest {

    private final ReadSide readSide = ReadSide.fresh();
    private final RecordedStream la = RecordedStory.LA_CHRISTMAS_2024.read();

    @AfterEach
    void closeDatabase() {
        readSide.close();
    }

    private Page<GradeProfileRow> find(InspectionElement element, JudgementArea area, Grade grade, Boolean limited,
                                       Boolean overridden) {
        return readSide.gradeProfiles().find(new GradeProfileFilter(null, null, null, element, area, grade, limited,
                overridden, null), PageRequest.of(0, 100));
    }

    @Test
    void la_grade_profile_holds_every_area_of_both_schedules_once_the_final_report_was_sent() {
        readSide.deliver(allStreams());

        Page<GradeProfileRow> all = find(null, null, null, null, null);
        assertThat(all.total()).isEqualTo(35);
        assertThat(all.items()).allSatisfy(row -> {
            assertThat(row.providerUrn()).isEqualTo("LA881");
            assertThat(row.localAuthority()).isEqualTo("Northshire");
            assertThat(row.region()).isEqualTo("East of England");
            assertThat(row.finalReportSentAt()).isEqualTo(Instant.parse("2025-01-22T10:00:00Z"));
            assertThat(row.publishedAt()).isEqualTo(Instant.parse("2025-01-29T10:00:00Z"));
        });
        assertThat(all.items()).filteredOn(row -> row.element().equals("SAFEGUARDING")).hasSize(15);
    }

    @Test
    void la_grade_profile_shows_which_grades_were_limited_and_which_overridden() {
        readSide.deliver(la);

        assertThat(find(null, null, null, true, null).items())
                .extracting(GradeProfileRow::element, GradeProfileRow::area, GradeProfileRow::proposedGrade,
                        GradeProfileRow::grade, GradeProfileRow::overrideRationale)
                .containsExactly(tuple("SAFEGUARDING", "OVERALL_EFFECTIVENESS", "GOOD", "ADEQUATE", null));
        assertThat(find(null, null, null, null, true).items())
                .extracting(GradeProfileRow::element, GradeProfileRow::area, GradeProfileRow::proposedGrade,
                        GradeProfileRow::grade, GradeProfileRow::limited)
                .containsExactly(tuple("LOOKED_AFTER_CHILDREN", "OVERALL_EFFECTIVENESS", "GOOD", "GOOD", false));
        assertThat(find(null, null, null, null, true).items().get(0).overrideRationale())
                .startsWith("Children in care are kept safe in placements");
    }

    @Test
    void la_grade_profile_filters_by_element_area_and_grade() {
        readSide.deliver(la);

        assertThat(find(null, null, Grade.ADEQUATE, null, null).items())
                .extracting(GradeProfileRow::element, GradeProfileRow::area)
                .containsExactly(tuple("LOOKED_AFTER_CHILDREN", "STAYING_SAFE"),
                        tuple("SAFEGUARDING", "CHILDREN_FEEL_SAFE"), tuple("SAFEGUARDING", "OVERALL_EFFECTIVENESS"));
        assertThat(find(InspectionElement.LOOKED_AFTER_CHILDREN, JudgementArea.PROMOTING_SAFEGUARDING, null, null,
                null).items()).extracting(GradeProfileRow::grade).containsExactly("GOOD");
        assertThat(readSide.gradeProfiles().find(new GradeProfileFilter(null, null, null, null, null, null, null,
                null, "SC000001"), PageRequest.of(0, 100)).total()).isZero();
        assertThat(readSide.gradeProfiles().find(new GradeProfileFilter(la.visitId(), "Northshire", "East of England",
                null, null, null, null, null, "LA881"), PageRequest.of(1, 10)).items()).hasSize(10);
    }

    @Test
    void la_grade_profile_leaves_out_an_inspection_whose_grades_are_still_provisional() {
        readSide.deliver(la.recordedUntil(Instant.parse("2025-01-21T12:00:00Z")));

        assertThat(find(null, null, null, null, null).total()).isZero();
        assertThat(readSide.jdbc().queryForObject("SELECT COUNT(*) FROM grade_profile", Long.class)).isEqualTo(35);
    }

    @Test
    void la_grade_profile_shows_each_councils_latest_inspection_once() {
        readSide.deliver(la);
        JdbcTemplate jdbc = readSide.jdbc();
        // A second inspection of Northshire, its final report sent at the same instant: one of the two is shown.
        jdbc.update("INSERT INTO grade_profile_inspection (visit_id, provider_urn, provider_name, local_authority, "
                + "region, announced_at, final_report_sent_at) SELECT 'zz-second', provider_urn, provider_name, "
                + "local_authority, region, announced_at, final_report_sent_at FROM grade_profile_inspection");
        jdbc.update("INSERT INTO grade_profile (visit_id, element, area, proposed_grade, grade, limited, overridden, "
                + "version) SELECT 'zz-second', element, area, 'OUTSTANDING', 'OUTSTANDING', false, false, version "
                + "FROM grade_profile WHERE visit_id = ?", la.visitId());
        assertThat(find(null, null, null, null, null).items()).extracting(GradeProfileRow::visitId).containsOnly(
                "zz-second").hasSize(35);

        // A later final report makes the first inspection the latest again.
        jdbc.update("UPDATE grade_profile_inspection SET final_report_sent_at = ? WHERE visit_id = ?",
                java.sql.Timestamp.from(Instant.parse("2026-01-22T10:00:00Z")), la.visitId());
        assertThat(find(null, null, null, null, null).items()).extracting(GradeProfileRow::visitId)
                .containsOnly(la.visitId()).hasSize(35);
    }

    private static RecordedStream[] allStreams() {
        return List.of(RecordedStory.values()).stream().map(RecordedStory::read).toArray(RecordedStream[]::new);
    }
}
