package org.peerplanner.opensearch;

import java.nio.file.Path;

/** The node's command line: {@code --http-port N --data DIR [--transport-port M]} (transport defaults to N + 1). */
record NodeOptions(int httpPort, int transportPort, Path dataDir) {

    static NodeOptions parse(String[] args) {
        Integer http = null;
        Integer transport = null;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--http-port" -> http = port(args[i], value);
                case "--transport-port" -> transport = port(args[i], value);
                case "--data" -> data = Path.of(required(args[i], value));
                default -> throw usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (http == null || data == null) {
            throw usage("--http-port and --data are required");
        }
        return new NodeOptions(http, transport == null ? http + 1 : transport, data);
    }

    private static int port(String name, String value) {
        try {
            int port = Integer.parseInt(required(name, value));
            if (port < 1 || port > 65_535) {
                throw usage(name + " must be a port (1-65535), not " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw usage(name + " must be a number, not " + value);
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.startsWith("--")) {
            throw usage(name + " needs a value");
        }
        return value;
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem
                + "\nusage: OpenSearchNode --http-port N --data DIR [--transport-port M]");
    }
}
