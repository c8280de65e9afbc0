package org.visitledger.rulebook;

import org.visitledger.events.VisitType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every rulebook version shipped in {@code rulebooks/index.txt} (rule RULEBOOK-DATA). For each visit type the last
 * one listed is the one in force for new visits; older versions stay loadable for the visits announced under them.
 */
public final class Rulebooks {

    private static final String INDEX = "/rulebooks/index.txt";
    /** The shape of a rule id in docs/rules.md: upper-case words joined by hyphens. */
    static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, Rulebook> byTypeAndVersion = new LinkedHashMap<>();
    private final Map<VisitType, Rulebook> inForce = new LinkedHashMap<>();

    Rulebooks(List<Rulebook> rulebooks) {
        for (Rulebook rulebook : rulebooks) {
            byTypeAndVersion.put(key(rulebook.visitType(), rulebook.version()), rulebook);
            inForce.put(rulebook.visitType(), rulebook);
        }
    }

    public static Rulebooks shipped() {
        return new Rulebooks(shippedFiles().stream().map(Rulebooks::read).toList());
    }

    public Rulebook inForce(VisitType type) {
        Rulebook rulebook = inForce.get(type);
        if (rulebook == null) {
            throw new UnknownRulebookException(type, null);
        }
        return rulebook;
    }

    public Rulebook version(VisitType type, String version) {
        Rulebook rulebook = byTypeAndVersion.get(key(type, version));
        if (rulebook == null) {
            throw new UnknownRulebookException(type, version);
        }
        return rulebook;
    }

    private static String key(VisitType type, String version) {
        return type + "/" + version;
    }

    /** The rulebook files the application loads, in the order of rulebooks/index.txt. */
    static List<String> shippedFiles() {
        try (InputStream in = open(INDEX)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rulebook read(String file) {
        try (InputStream in = open("/rulebooks/" + file)) {
            return parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one rulebook file; refuses it if an entry with a rule text does not cite the rule id it implements. */
    static Rulebook parse(String file, InputStream in) {
        Rulebook rulebook = JSON.readValue(in, Rulebook.class);
        requireRuleIds(file, rulebook);
        return rulebook;
    }

    /**
     * Rule RULEBOOK-DATA: every entry that carries a {@code rule} text also names the docs/rules.md id it
     * implements ({@code ruleId}), so that a new rulebook cannot leave it out. The id is never recorded in events;
     * {@code RuleIdsTest} checks that docs/rules.md defines it.
     */
    private static void requireRuleIds(String file, Rulebook rulebook) {
        rulebook.annexARule().ifPresent(rule -> requireRuleId(file, "annexA", rule.ruleId()));
        rulebook.deadlines().forEach(rule -> requireRuleId(file, "deadlines[" + rule.code() + "]", rule.ruleId()));
        requireRuleIds(file, "notificationsAtAnnouncement", rulebook.notificationsAtAnnouncement());
        requireRuleIds(file, "notificationsAtSeriousConcerns", rulebook.notificationsAtSeriousConcerns());
        rulebook.notificationsAtSeriousConcernsAfter().forEach((followed, rules) ->
                requireRuleIds(file, "notificationsAtSeriousConcernsAfter." + followed, rules));
        requireRuleIds(file, "notificationsAtCaseReview", rulebook.notificationsAtCaseReview());
        requireRuleIds(file, "notificationsAtConversion", rulebook.notificationsAtConversion());
        rulebook.notificationsAtConcern().forEach((category, rules) ->
                requireRuleIds(file, "notificationsAtConcern." + category, rules));
        requireRuleIds(file, "notificationsAtDraft", rulebook.notificationsAtDraft());
        requireRuleIds(file, "notificationsAtFinalReport", rulebook.notificationsAtFinalReport());
        rulebook.localAuthorityInspectionRules().ifPresent(la -> {
            requireRuleId(file, "localAuthorityInspection.notice", la.notice().ruleId());
            requireRuleId(file, "localAuthorityInspection.caseSampling", la.caseSampling().ruleId());
            la.limitingJudgements().forEach(rule -> requireRuleId(file, "localAuthorityInspection.limitingJudgements["
                    + rule.element() + "/" + rule.area() + "]", rule.ruleId()));
        });
        rulebook.monitoringVisitRule().ifPresent(rule -> requireRuleId(file, "monitoringVisit", rule.ruleId()));
        rulebook.letterRule().ifPresent(rule -> requireRuleId(file, "letter", rule.ruleId()));
        rulebook.arrivalDeadlineRule().ifPresent(rule -> requireRuleId(file, "arrivalDeadline", rule.ruleId()));
    }

    private static void requireRuleIds(String file, String section, List<NotificationRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            requireRuleId(file, section + "[" + i + "]", rules.get(i).ruleId());
        }
    }

    private static void requireRuleId(String file, String entry, String ruleId) {
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalStateException("Rulebook " + file + ": " + entry + " needs a \"ruleId\" naming its"
                    + " rule in docs/rules.md (e.g. \"ANNEX-A-DUE\"), found "
                    + (ruleId == null ? "none" : "\"" + ruleId + "\""));
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Rulebooks.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Rulebook data missing from the classpath: " + resource);
        }
        return in;
    }
}
