# syntax=docker/dockerfile:1
# Peer Planner container image.
#   docker build -t peer-planner .        (or: docker compose up --build)
# The app needs a database: see docker-compose.yml (MySQL 8.4, profile "mysql").
# Layered (Spring Boot's jarmode tools, extract --layers): the libraries, which change rarely, are layers of their own
# below the application's classes, so a rebuild after a code change ships only the small top layers. The image carries
# the JDK's start-up cache (README, "Fast start"), made by a training run in the runtime image itself: a cache only
# works with the JVM and the class path it was made with.

# ---- build stage ------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY . .
# /root/.m2 holds the Maven distribution (wrapper) and the dependencies,
# /root/.vaadin the Node.js that the Vaadin frontend build downloads.
# No start-up cache here: it is made below with the runtime image's JVM.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    chmod +x mvnw && ./mvnw -B -q package -DskipTests -Dplanner.startup-cache.skip=true \
    && test -f planner-web/target/peer-planner.jar \
    && java -Djarmode=tools -jar planner-web/target/peer-planner.jar extract --layers --destination /extracted

# ---- runtime stage ----------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN groupadd --system planner \
    && useradd --system --gid planner --home-dir /app --no-create-home --shell /usr/sbin/nologin planner \
    && mkdir -p /app/data \
    && chown -R planner:planner /app
WORKDIR /app
# least to most often changed
COPY --from=build --chown=planner:planner /extracted/dependencies/ ./
COPY --from=build --chown=planner:planner /extracted/spring-boot-loader/ ./
COPY --from=build --chown=planner:planner /extracted/snapshot-dependencies/ ./
COPY --from=build --chown=planner:planner /extracted/application/ ./
USER planner
# The serial collector, as in README's run command: it starts an instance this size (2 cores, heap under 2 GB) 4-16%
# faster than G1 does (docs/benchmarks.md, "Start-up"). A bigger deployment sets its own, e.g.
# `-e JAVA_TOOL_OPTIONS="-XX:+UseG1GC -Xmx6g"`: the cache below still serves it.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC"
# Training run (as in planner-web's pom): the app starts on a scratch H2 database that is thrown away and on random
# ports, serves its own login page once and exits (web.startup.StartupCacheTrainingRun); the JVM writes what it loaded
# and linked to peer-planner.aot. The class path must read as at run time: the same absolute paths as the ENTRYPOINT.
RUN PLANNER_DATA_DIR=/tmp/training java -XX:AOTCacheOutput=/app/peer-planner.aot -jar /app/peer-planner.jar \
        --planner.startup-cache.training-run=true --server.port=0 --management.server.port=0 > /tmp/training.log 2>&1 \
    || { tail -n 50 /tmp/training.log; exit 1; }; \
    rm -rf /tmp/training /tmp/training.log
EXPOSE 8080 8081
ENTRYPOINT ["java","-XX:AOTCache=/app/peer-planner.aot","-jar","/app/peer-planner.jar"]
