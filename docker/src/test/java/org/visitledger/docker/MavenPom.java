package org.visitledger.docker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the tests need from a pom.xml, read with the JDK's XML parser (no Maven model on the test classpath). */
final class MavenPom {

    private static final String SPRING_BOOT_PLUGIN = "spring-boot-maven-plugin";

    private final Element project;

    private MavenPom(Element project) {
        this.project = project;
    }

    static MavenPom read(Path pomFile) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pomFile.toFile());
            return new MavenPom(document.getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pomFile, e);
        }
    }

    Optional<String> property(String name) {
        return child(project, "properties").flatMap(properties -> text(properties, name));
    }

    List<String> modules() {
        return child(project, "modules").map(modules -> texts(modules, "module")).orElse(List.of());
    }

    Optional<String> finalName() {
        return child(project, "build").flatMap(build -> text(build, "finalName"));
    }

    /** The classifier of the spring-boot-maven-plugin repackage execution: the runnable jar is finalName-classifier.jar. */
    Optional<String> repackageClassifier() {
        return repackageConfiguration().flatMap(configuration -> text(configuration, "classifier"));
    }

    private Optional<Element> repackageConfiguration() {
        Optional<Element> plugins = child(project, "build").flatMap(build -> child(build, "plugins"));
        for (Element plugin : children(plugins.orElse(null), "plugin")) {
            if (!text(plugin, "artifactId").orElse("").equals(SPRING_BOOT_PLUGIN)) {
                continue;
            }
            for (Element execution : children(child(plugin, "executions").orElse(null), "execution")) {
                List<String> goals = child(execution, "goals").map(g -> texts(g, "goal")).orElse(List.of());
                if (goals.contains("repackage")) {
                    return child(execution, "configuration").or(() -> child(plugin, "configuration"));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Direct children only: a pom repeats names (e.g. configuration) at several depths. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(element -> element.getTextContent().trim());
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(element -> element.getTextContent().trim()).toList();
    }
}
