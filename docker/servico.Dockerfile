# The one image recipe of the Spring Boot services. Build context: the repository root (a module needs the parent pom
# and common-lib). The bureau simulator is a plain jar and has its own recipe (bureau-simulator/Dockerfile).
#   docker build -f docker/servico.Dockerfile --build-arg MODULO=concessao-service --build-arg PORTA=8081 \
#     -t credito/concessao-service .
# Base images are pinned by digest (tag kept for the reader); docker/README.md says where the digests come from and
# how to move them. The JDK that builds, trains and runs is the one the project is tested on (25).
ARG IMAGEM_JDK=eclipse-temurin:25.0.4_7-jdk-noble@sha256:264fafc3390db78c93dc51da0109a0d66ad1fb59f7a893f12b7e3df1f15e52da
ARG IMAGEM_JRE=eclipse-temurin:25.0.4_7-jre-noble@sha256:d120abd9d8d7dec94520ce974ece62d0e4eed8576eb00bbc84e6128307ab48ef

FROM ${IMAGEM_JDK} AS build
ARG MODULO
WORKDIR /src
COPY . .
# Boot layers (dependencies change rarely, so a code change rebuilds only the small last layer), extracted as Spring
# Boot documents for the AOT cache: application.jar plus lib/, no launcher.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULO}" && test -f "${MODULO}/pom.xml" \
    && ./mvnw -B -ntp -q -pl "${MODULO}" -am -DskipTests -Dspotbugs.skip -Dspotless.check.skip package \
    && cp "${MODULO}"/target/"${MODULO}"-*.jar /application.jar \
    && java -Djarmode=tools -jar /application.jar extract --layers --destination /camadas

FROM ${IMAGEM_JRE}
ARG PORTA
# curl for the HEALTHCHECK: the Temurin images no longer ship it.
RUN test -n "${PORTA}" \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
WORKDIR /app
COPY --from=build /camadas/dependencies/ ./
COPY --from=build /camadas/spring-boot-loader/ ./
COPY --from=build /camadas/snapshot-dependencies/ ./
COPY --from=build /camadas/application/ ./
# The JVM flags of the local stack's load profile (local-stack Perfil.CARGA: C2, parallel GC, fixed 512 MB heap), so
# the README's figures describe the images too; ImagensTest fails if they drift. ExitOnOutOfMemoryError is the one
# image-only flag: a container that ran out of heap is restarted, not left half-alive.
ENV JAVA_TOOL_OPTIONS="-XX:+UseParallelGC -Xms512m -Xmx512m -Xss512k -XX:+ExitOnOutOfMemoryError" \
    SERVER_PORT=${PORTA}
# JDK 25 ahead-of-time cache from a training run, as Spring Boot documents: the context refreshes (every singleton
# built, configuration bound) and the JVM exits before the lifecycle starts, so no port opens and no listener polls.
# No server is reachable while an image builds: docker/treino-aot.properties keeps the beans that would connect during
# the refresh (Flyway, Hibernate's boot) from doing so; mounted for this run only, it is no layer of the image.
# AOTMode=on then proves the cache fits this JDK, class path and flags, instead of the JVM silently running without it.
RUN --mount=type=bind,source=docker/treino-aot.properties,target=/tmp/treino-aot.properties \
    timeout 900 java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
        -Dspring.config.additional-location=file:/tmp/treino-aot.properties -jar application.jar \
    && java -XX:AOTMode=on -XX:AOTCache=app.aot -cp application.jar -version
USER 10001:10001
EXPOSE ${PORTA}
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:${SERVER_PORT}/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "application.jar"]
