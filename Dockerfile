# Foyer on Payara Micro. Build from the repository root: docker build -t foyer .
# Production needs FOYER_MODE=production and the settings the README lists; the container refuses
# to start without them.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests package

FROM payara/micro:6.2025.10-jdk17
USER root
RUN mkdir -p /opt/foyer/data && chown -R payara:payara /opt/foyer
USER payara
WORKDIR /opt/foyer
COPY --from=build --chown=payara:payara /src/platform/target/foyer.war /opt/foyer/ROOT.war
ENV FOYER_DATA_DIR=/opt/foyer/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD wget -q -O /dev/null http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["java", "-jar", "/opt/payara/payara-micro.jar", "--nocluster", "--contextroot", "/", "--deploy", "/opt/foyer/ROOT.war"]
