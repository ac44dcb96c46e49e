package org.peerplanner.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A single-node OpenSearch server on loopback, with the two modules of the distribution the knowledge base needs
 * (HTTP over Netty, the common analysis filters), loaded from the class path instead of a {@code modules/} folder.
 * Runs until the JVM is told to stop (SIGTERM, Ctrl-C): the node then closes its indices cleanly.
 *
 * <p>{@code OpenSearchNode --http-port 9210 --data DIR [--transport-port 9211]}
 *
 * <p>Why not {@code org.opensearch.bootstrap.OpenSearch}: it expects a distribution's folder layout (modules, plugin
 * descriptors, a jvm.options file) and runs production checks meant for a server of its own; this node lives in a
 * folder of its own under DIR and is reachable from loopback only.
 */
public final class OpenSearchNode {

    static final String READY = "OpenSearch node ready";

    private OpenSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        var options = NodeOptions.parse(args);
        Path home = options.dataDir().toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("cluster.name", "peer-planner-search")
                .put("node.name", "planner-search-" + options.httpPort())
                .put(Environment.PATH_HOME_SETTING.getKey(), home.toString())
                .put(Environment.PATH_DATA_SETTING.getKey(), home.resolve("data").toString())
                .put(Environment.PATH_LOGS_SETTING.getKey(), home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", options.httpPort())
                .put("transport.port", options.transportPort())
                .put("discovery.type", "single-node")
                // A shared disk that is 90 % full must not turn the knowledge base's index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // One node: replicas could never be assigned and would keep the cluster yellow forever.
                .put("cluster.default_number_of_replicas", 0)
                .build();
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureWithoutConfig(settings);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(),
                home.resolve("config"), () -> settings.get("node.name"));
        var node = new ClasspathNode(environment, List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class));
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "opensearch-stop"));
        node.start();
        System.out.println(READY + " on http://127.0.0.1:" + options.httpPort() + " (OpenSearch " + Version.CURRENT
                + ", data in " + home + ")");
        stopped.await();
    }

    /** A node whose plugins are classes on the class path, as the distribution's modules would be. */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins.stream().map(ClasspathNode::describe).toList(), true);
        }

        private static PluginInfo describe(Class<? extends Plugin> plugin) {
            return new PluginInfo(plugin.getName(), "class path module", "NA", Version.CURRENT,
                    Integer.toString(Runtime.version().feature()), plugin.getName(), List.of(), false);
        }
    }
}
