package org.visitledger.command.visit;

import org.visitledger.rulebook.LimitingJudgementRule;
import org.visitledger.rulebook.LocalAuthorityInspectionRules;
import org.visitledger.events.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import static org.visitledger.command.visit.VisitFixtures.*;

/**
 * An LA safeguarding and looked-after-children inspection of Northshire County Council, played on the real Visit
 * aggregate up to a stage of its timeline, for fixture tests of the step after it. The days come from the working-day
 * vectors in {@code la-timeline-vectors.csv}, counted by hand; every act happens at 10:00 London time on its day.
 */
final class LaInspectionStory {

    static final Provider NORTHSHIRE = new Provider("LA881", "Northshire County Council", "Northshire",
            "East of England");
    static final String DCS = "Director of children's services, Northshire";
    static final String LEAD_INSPECTOR = "Ruth Okafor";
    static final List<String> LA_TEAM = List.of("Dev Mistry", "Alison Grant");
    static final LocalAuthorityInspectionRules LA = RULEBOOKS.inForce(VisitType.LA_SAFEGUARDING_LAC)
            .localAuthorityInspectionRules().orElseThrow();
    static final String INSPECTION_NOTICE_RULE = LA.notice().rule();

    /** One row of la-timeline-vectors.csv. */
    record Vector(String name, LocalDate notified, LocalDate caseList, LocalDate selection, LocalDate fieldworkStarts,
                  LocalDate feedback, LocalDate draft, LocalDate comments, LocalDate finalReport,
                  LocalDate publication, LocalDate complaintWindowEnds) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** How far the story goes: each stage includes the ones before it. */
    enum Stage {
        ANNOUNCED, CASE_LIST, INITIAL_SELECTION, FIELDWORK, FIELDWORK_SELECTION, GRADED, FEEDBACK, QA, DRAFT,
        COMMENTS, FINAL_REPORT, PUBLISHED
    }

    static final List<Vector> VECTORS = readVectors();
    static final Vector CHRISTMAS_2024 = VECTORS.get(0);

    private final StoryRecorder recorder;
    private Instant lastAt;

    private LaInspectionStory(Vector vector) {
        lastAt = at(vector.notified());
        recorder = new StoryRecorder(VISIT, lastAt);
    }

    static Instant at(LocalDate day) {
        return CALENDAR.at(day, LocalTime.of(10, 0));
    }

    /** The inspection with the usual notice, played up to {@code stage} on the vector's days. */
    static LaInspectionStory upTo(Vector v, Stage stage) {
        LaInspectionStory story = new LaInspectionStory(v);
        story.send(announceLa(null, null, null));
        if (stage.compareTo(Stage.CASE_LIST) >= 0) {
            story.at(at(v.caseList())).send(new RecordCaseList(VISIT, null, 412, 268, null));
        }
        if (stage.compareTo(Stage.INITIAL_SELECTION) >= 0) {
            story.at(at(v.selection())).send(select(cases("SG-1", CaseKind.SAFEGUARDING, 4),
                    cases("LAC-1", CaseKind.LOOKED_AFTER, 4)));
        }
        if (stage.compareTo(Stage.FIELDWORK) >= 0) {
            story.at(at(v.fieldworkStarts())).send(new RecordArrivalOnSite(VISIT, null, null));
        }
        if (stage.compareTo(Stage.FIELDWORK_SELECTION) >= 0) {
            story.at(at(v.fieldworkStarts()).plusSeconds(3600)).send(select(cases("SG-2", CaseKind.SAFEGUARDING, 6),
                    cases("LAC-2", CaseKind.LOOKED_AFTER, 6)));
        }
        if (stage.compareTo(Stage.GRADED) >= 0) {
            story.at(at(v.feedback()).minusSeconds(3600));
            allAreasInOrder().forEach(area -> story.send(new RecordJudgement(VISIT, null, area.element(), area.area(),
                    Grade.GOOD, false, null, null)));
        }
        if (stage.compareTo(Stage.FEEDBACK) >= 0) {
            story.at(at(v.feedback())).send(new GiveVerbalFeedback(VISIT, null, false, FEEDBACK_SUMMARY, null));
        }
        if (stage.compareTo(Stage.QA) >= 0) {
            story.at(at(v.draft()).minusSeconds(3600)).send(new SubmitReportForQa(VISIT, null, null));
        }
        if (stage.compareTo(Stage.DRAFT) >= 0) {
            story.at(at(v.draft())).send(new SendDraftReport(VISIT, null, null));
        }
        if (stage.compareTo(Stage.COMMENTS) >= 0) {
            story.at(at(v.comments())).send(new RecordProviderComments(VISIT, null, COMMENTS, null));
        }
        if (stage.compareTo(Stage.FINAL_REPORT) >= 0) {
            story.at(at(v.finalReport())).send(new SendFinalReport(VISIT, null, List.of(), RECOMMENDATIONS, false,
                    false, null));
        }
        if (stage.compareTo(Stage.PUBLISHED) >= 0) {
            story.at(at(v.publication())).send(new PublishReport(VISIT, null, REPORT_URL, null));
        }
        return story;
    }

    LaInspectionStory at(Instant time) {
        recorder.at(time);
        lastAt = time;
        return this;
    }

    LaInspectionStory send(Object command) {
        recorder.send("inspector", command);
        return this;
    }

    List<Object> events() {
        return recorder.events();
    }

    Instant lastAt() {
        return lastAt;
    }

    /** An LA inspection of Northshire announced now, with the given fieldwork start and no-notice reason. */
    static AnnounceVisit announceLa(LocalDate fieldworkStartsOn, NoNoticeReason reason, String details) {
        return new AnnounceVisit(VISIT, VisitType.LA_SAFEGUARDING_LAC, NORTHSHIRE, LEAD_INSPECTOR, LA_TEAM, List.of(),
                null, null, null, null, null, fieldworkStartsOn, reason, details);
    }

    @SafeVarargs
    static SelectCases select(List<SampledCase>... groups) {
        List<SampledCase> all = new ArrayList<>();
        for (List<SampledCase> group : groups) {
            all.addAll(group);
        }
        return new SelectCases(VISIT, null, all, null);
    }

    /** {@code count} cases of this kind, referenced prefix-1, prefix-2, ... */
    static List<SampledCase> cases(String prefix, CaseKind kind, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new SampledCase(prefix + "-" + i, kind)).toList();
    }

    static RecordJudgement grade(InspectionElement element, JudgementArea area, Grade grade) {
        return new RecordJudgement(VISIT, null, element, area, grade, false, null, null);
    }

    record ElementArea(InspectionElement element, JudgementArea area) {
    }

    /** Every area of both schedules, each after the areas its limiting rules read (they are graded first). */
    static List<ElementArea> allAreasInOrder() {
        List<ElementArea> ordered = new ArrayList<>();
        for (InspectionElement element : InspectionElement.values()) {
            Set<JudgementArea> done = new LinkedHashSet<>();
            List<JudgementArea> schedule = LA.schedule(element);
            while (done.size() < schedule.size()) {
                for (JudgementArea area : schedule) {
                    boolean ready = LA.limitsOn(element, area).stream().map(LimitingJudgementRule::ifAnyOf)
                            .flatMap(List::stream).allMatch(done::contains);
                    if (!done.contains(area) && ready) {
                        done.add(area);
                        ordered.add(new ElementArea(element, area));
                    }
                }
            }
        }
        return ordered;
    }

    private static List<Vector> readVectors() {
        var in = Objects.requireNonNull(LaInspectionStory.class.getResourceAsStream("/la-timeline-vectors.csv"));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
                String[] f = line.split(",");
                return new Vector(f[0], d(f[1]), d(f[2]), d(f[3]), d(f[4]), d(f[5]), d(f[6]), d(f[7]), d(f[8]),
                        d(f[9]), d(f[10]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text.strip());
    }
}
