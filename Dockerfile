# syntax=docker/dockerfile:1
# Peer Planner container image.
#   docker build -t peer-planner .        (or: docker compose up --build)
# The app needs a database: see docker-compose.yml (MySQL 8.4, profile "mysql").

# ---- build stage ------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY . .
# /root/.m2 holds the Maven distribution (wrapper) and the dependencies,
# /root/.vaadin the Node.js that the Vaadin frontend build downloads.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    chmod +x mvnw && ./mvnw -B -q package -DskipTests \
    && test -f planner-web/target/peer-planner.jar

# ---- runtime stage ----------------------------------------------------------
FROM eclipse-temurin:21-jre
RUN groupadd --system planner \
    && useradd --system --gid planner --home-dir /app --no-create-home --shell /usr/sbin/nologin planner \
    && mkdir -p /app/data \
    && chown -R planner:planner /app
WORKDIR /app
COPY --from=build --chown=planner:planner /build/planner-web/target/peer-planner.jar /app/peer-planner.jar
USER planner
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/peer-planner.jar"]
