package org.peerplanner.bench.knowledge;

/** The benchmark's vocabulary: common English glue words first, then a few hundred technical words. */
final class Vocabulary {

    static final String[] WORDS = {
            "the", "a", "of", "to", "and", "in", "for", "with", "on", "is", "we", "our",
            "it", "that", "this", "when", "how", "why", "what", "team", "service", "request", "response", "data",
            "query", "index", "table", "cluster", "node", "consumer", "producer", "topic", "partition", "offset", "lag", "broker",
            "schema", "migration", "database", "transaction", "lock", "deadlock", "isolation", "replica", "failover", "backup", "restore", "latency",
            "throughput", "timeout", "retry", "backoff", "jitter", "circuit", "breaker", "rate", "limit", "cache", "eviction", "invalidation",
            "ttl", "redis", "memcached", "kafka", "rabbitmq", "queue", "stream", "event", "sourcing", "projection", "saga", "outbox",
            "idempotency", "key", "payment", "refund", "settlement", "ledger", "reconciliation", "invoice", "fraud", "risk", "score", "model",
            "feature", "flag", "rollout", "canary", "deployment", "pipeline", "build", "test", "flaky", "contract", "integration", "unit",
            "mock", "stub", "fixture", "container", "docker", "kubernetes", "pod", "ingress", "helm", "chart", "terraform", "module",
            "state", "provider", "aws", "gcp", "azure", "bucket", "lambda", "function", "iam", "role", "policy", "secret",
            "vault", "certificate", "tls", "mtls", "oauth", "token", "jwt", "session", "cookie", "csrf", "xss", "injection",
            "sanitizer", "validation", "openapi", "grpc", "rest", "graphql", "endpoint", "gateway", "proxy", "load", "balancer", "dns",
            "cdn", "http", "header", "compression", "json", "protobuf", "avro", "serialization", "postgres", "mysql", "mariadb", "sqlite",
            "explain", "plan", "seq", "scan", "btree", "gin", "vacuum", "analyze", "statistics", "cardinality", "join", "aggregate",
            "window", "cte", "materialized", "view", "trigger", "constraint", "foreign", "primary", "unique", "nullable", "column", "java",
            "kotlin", "go", "rust", "python", "typescript", "react", "swiftui", "android", "ios", "gradle", "maven", "npm",
            "dependency", "version", "upgrade", "jvm", "garbage", "collector", "heap", "thread", "pool", "virtual", "threads", "async",
            "reactive", "blocking", "profiler", "flame", "graph", "jfr", "observability", "metrics", "tracing", "opentelemetry", "logging", "structured",
            "alert", "slo", "sli", "error", "budget", "incident", "postmortem", "runbook", "oncall", "pager", "escalation", "review",
            "pairing", "mentoring", "onboarding", "documentation", "diagram", "architecture", "boundary", "context", "domain", "entity", "value", "object",
            "repository", "layer", "hexagonal", "modular", "monolith", "microservice", "coupling", "cohesion", "refactoring", "legacy", "debt", "smell",
            "naming", "readability", "complexity", "coverage", "mutation", "benchmark", "regression", "performance", "memory", "leak", "cpu", "io",
            "disk", "network", "packet", "socket", "connection", "hikari", "spring", "boot", "hibernate", "jpa", "flyway", "liquibase",
            "vaadin", "grid", "form", "binder", "routing", "security", "authentication", "authorization", "permission", "audit", "compliance", "gdpr",
            "retention", "encryption", "hashing", "bcrypt", "argon", "salt", "rotation", "release", "train", "hotfix", "branch", "merge",
            "rebase", "conflict", "commit", "approval", "checklist", "template", "standup", "retro"};

    /** Sum of 1/(k+1) over the vocabulary, for the Zipf-like draw. */
    static final double HARMONIC;

    static {
        double h = 0;
        for (int k = 0; k < WORDS.length; k++) {
            h += 1.0 / (k + 1);
        }
        HARMONIC = h;
    }

    private Vocabulary() {
    }
}
