package org.visitledger.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A separately deployable side: its Maven module, its Dockerfile and compose service, its HTTP port. */
enum Side {

    // The ports the sides listen on by default (the deployment's contract; docs/operations.md). They are the expectation only
    // while the module declares no server.port of its own; once it does, the module's value is the truth.
    COMMAND("command-side", 8081),
    QUERY("query-side", 8082);

    /** A Spring placeholder with a default, e.g. ${PORT:8081}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^:}]+:([^}]+)}");

    private final String module;
    private final int documentedPort;

    Side(String module, int documentedPort) {
        this.module = module;
        this.documentedPort = documentedPort;
    }

    String module() {
        return module;
    }

    /** Named after the compose service, which is named after the module. */
    String dockerfileLocation() {
        return "docker/" + module + ".Dockerfile";
    }

    Dockerfile dockerfile() {
        return Dockerfile.parse(Repository.read(dockerfileLocation()));
    }

    MavenPom pom() {
        return MavenPom.read(Repository.path(module + "/pom.xml"));
    }

    /** The file `package` leaves in target/: finalName, plus -classifier when repackage keeps the plain jar. */
    String runnableJar() {
        MavenPom pom = pom();
        String finalName = pom.finalName()
                .orElseThrow(() -> new AssertionError(module + "/pom.xml sets no <finalName>"));
        return finalName + pom.repackageClassifier().map(classifier -> "-" + classifier).orElse("") + ".jar";
    }

    /** server.port as the module's own configuration files set it, else the documented port. */
    int serverPort() {
        Set<Integer> declared = declaredServerPorts();
        if (declared.size() > 1) {
            throw new AssertionError(module + " declares several server.port values: " + declared);
        }
        return declared.isEmpty() ? documentedPort : declared.iterator().next();
    }

    /** Top-level configuration files of src/main/resources; profile-specific application-*.yml ones are skipped. */
    private Set<Integer> declaredServerPorts() {
        Path resources = Repository.path(module + "/src/main/resources");
        Set<Integer> ports = new TreeSet<>();
        if (!Files.isDirectory(resources)) {
            return ports;
        }
        try (Stream<Path> files = Files.list(resources)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("application-"))
                    .forEach(file -> serverPort(file, ports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ports;
    }

    private static void serverPort(Path file, Set<Integer> ports) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
                for (Object document : yaml.loadAll(Files.readString(file))) {
                    if (document instanceof Map<?, ?> root) {
                        addPort(root.get("server.port"), ports);
                        if (root.get("server") instanceof Map<?, ?> server) {
                            addPort(server.get("port"), ports);
                        }
                    }
                }
            } else if (name.endsWith(".properties")) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                addPort(properties.getProperty("server.port"), ports);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addPort(Object value, Set<Integer> ports) {
        if (value == null) {
            return;
        }
        String text = String.valueOf(value).strip();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        ports.add(Integer.valueOf(placeholder.matches() ? placeholder.group(1).strip() : text));
    }
}
