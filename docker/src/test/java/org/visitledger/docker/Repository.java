package org.visitledger.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checked-out repository these tests read: docker/ and the modules whose jars the images run. */
final class Repository {

    private Repository() {
    }

    /** Set by the docker module's surefire configuration; a run from the module directory (an IDE) falls back to "..". */
    static Path root() {
        return Path.of(System.getProperty("visit-ledger.root", "..")).toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MavenPom rootPom() {
        return MavenPom.read(path("pom.xml"));
    }
}
