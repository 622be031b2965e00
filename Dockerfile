# Builds the Entente service image: docker compose build (or docker build -t entente .).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY graph-schema graph-schema
COPY service service
COPY seed-data seed-data
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:25-jre
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /app entente && mkdir -p /app/data && chown entente /app/data
COPY --from=build /src/service/target/entente.jar /app/entente.jar
USER entente
ENV ENTENTE_DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/entente.jar", "serve"]
