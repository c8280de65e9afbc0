package org.visitledger.command.rulebook;

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

/**
 * Every rulebook version shipped in {@code rulebooks/index.txt}. For each visit type the last one listed
 * is the one in force for new visits; older versions stay loadable for the visits announced under them.
 */
public final class Rulebooks {

    private static final String INDEX = "/rulebooks/index.txt";
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
        return new Rulebooks(readIndex().stream().map(Rulebooks::read).toList());
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

    private static List<String> readIndex() {
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
            return JSON.readValue(in, Rulebook.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
