package org.visitledger.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docker/query-proxy.conf balances over the query-side replicas and is what compose publishes for them. */
class QueryProxyTest {

    private static final String CONFIG = "docker/query-proxy.conf";
    private static final Pattern UPSTREAM_SERVER = Pattern.compile("server\\s+([\\w.-]+):(\\d+)([^;]*);");
    private static final Pattern LISTEN = Pattern.compile("listen\\s+(\\d+)\\s*;");

    private final String config = Repository.read(CONFIG);
    private final ComposeFile compose = ComposeFile.load();

    @Test
    void upstreamIsTheQuerySideServiceOnItsPortReResolved() {
        Matcher server = UPSTREAM_SERVER.matcher(config);
        assertThat(server.find()).as("an upstream server in %s", CONFIG).isTrue();
        assertThat(server.group(1)).isEqualTo(Side.QUERY.module());
        assertThat(Integer.parseInt(server.group(2))).isEqualTo(Side.QUERY.serverPort());
        // Without resolve nginx keeps the addresses it saw at start: a replica added or restarted later gets no traffic.
        assertThat(server.group(3)).contains("resolve");
        assertThat(config).containsPattern("resolver\\s+127\\.0\\.0\\.11\\b");
    }

    @Test
    void composeMountsThisFileAndPublishesThePortItListensOn() {
        Map<String, Object> proxy = compose.service("query-proxy");
        assertThat((List<?>) proxy.get("volumes")).anySatisfy(volume ->
                assertThat(String.valueOf(volume)).startsWith("./query-proxy.conf:/etc/nginx/conf.d/"));

        Matcher listen = LISTEN.matcher(config);
        assertThat(listen.find()).isTrue();
        assertThat(compose.ports("query-proxy")).singleElement().satisfies(port ->
                assertThat(port).endsWith(":" + listen.group(1)));
    }

    @Test
    void nginxIsRecentEnoughForResolveInUpstreams() {
        // The resolve parameter is in open-source nginx from 1.27.3; 1.28 is the stable line that has it.
        Matcher version = Pattern.compile("nginx:(\\d+)\\.(\\d+)").matcher(String.valueOf(compose.service("query-proxy").get("image")));
        assertThat(version.find()).as("a pinned nginx minor version").isTrue();
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        assertThat(major > 1 || minor >= 28).as("nginx %s.%s", major, minor).isTrue();
    }
}
