package org.foyer.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionReadinessTest {

  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  static RuntimeSettings settings(Map<String, String> values) {
    return RuntimeSettings.read(name -> Optional.ofNullable(values.get(name)));
  }

  static Map<String, String> completeProduction() {
    Map<String, String> values = new HashMap<>();
    values.put(RuntimeSettings.MODE, "production");
    values.put(RuntimeSettings.DB_URL, "jdbc:postgresql://db:5432/foyer");
    values.put(RuntimeSettings.DB_OWNER_USER, "foyer_owner");
    values.put(RuntimeSettings.MASTER_KEY, KEY);
    values.put(RuntimeSettings.OPERATOR_TOKEN, "x".repeat(40));
    values.put(RuntimeSettings.SMTP_HOST, "smtp.example.org");
    values.put(RuntimeSettings.DB_PASSWORD, "app-secret");
    values.put(RuntimeSettings.DB_OWNER_PASSWORD, "owner-secret");
    values.put(RuntimeSettings.PUBLIC_URL, "https://portal.example.org");
    return values;
  }

  @Test
  void developmentDefaultsAreFineInDevelopment() {
    RuntimeSettings development = settings(Map.of());
    assertThat(development.demo()).isTrue();
    assertThat(development.port()).isEqualTo(8080);
    assertThat(ProductionReadiness.problems(development)).isEmpty();
  }

  @Test
  void productionOnDevelopmentDefaultsNamesEveryMissingSetting() {
    assertThat(ProductionReadiness.problems(settings(Map.of(RuntimeSettings.MODE, "production"))))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_DB_URL is not set"))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_MASTER_KEY is not set"))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_SMTP_HOST is not set"))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_PUBLIC_URL is not set"))
        .hasSize(4);
  }

  @Test
  void completeProductionSettingsPass() {
    assertThat(ProductionReadiness.problems(settings(completeProduction()))).isEmpty();
  }

  @Test
  void productionRefusesTheDemoSeedAShortTokenAndAMalformedKey() {
    Map<String, String> values = completeProduction();
    values.put(RuntimeSettings.DEMO, "true");
    values.put(RuntimeSettings.OPERATOR_TOKEN, "short");
    values.put(RuntimeSettings.MASTER_KEY, "not base64 at all!");
    assertThat(ProductionReadiness.problems(settings(values)))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_DEMO is true"))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_OPERATOR_TOKEN is shorter"))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_MASTER_KEY must be 32"));
  }

  @Test
  void anExternalDatabaseNeedsItsMigrationRole() {
    Map<String, String> values = completeProduction();
    values.remove(RuntimeSettings.DB_OWNER_USER);
    assertThat(ProductionReadiness.problems(settings(values)))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("FOYER_DB_OWNER_USER is not set"));
  }

  @Test
  void productionRefusesTheDevelopmentMailCapture() {
    Map<String, String> values = completeProduction();
    values.put(RuntimeSettings.SMTP_HOST, "  ");
    assertThat(ProductionReadiness.problems(settings(values)))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("FOYER_SMTP_HOST is not set"));
    assertThat(ProductionReadiness.problems(settings(Map.of()))).isEmpty();
  }

  @Test
  void aKeyOfTheWrongLengthIsRefused() {
    Map<String, String> values = completeProduction();
    values.put(RuntimeSettings.MASTER_KEY, Base64.getEncoder().encodeToString(new byte[16]));
    assertThat(ProductionReadiness.problems(settings(values))).hasSize(1);
  }

  @Test
  void productionRefusesEmptyDatabasePasswordsMailInTheClearAndNoPublicAddress() {
    Map<String, String> values = completeProduction();
    values.put(RuntimeSettings.DB_PASSWORD, "");
    values.remove(RuntimeSettings.DB_OWNER_PASSWORD);
    values.put(RuntimeSettings.SMTP_STARTTLS, "false");
    values.remove(RuntimeSettings.PUBLIC_URL);
    assertThat(ProductionReadiness.problems(settings(values)))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_DB_PASSWORD is empty"))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_DB_OWNER_PASSWORD is empty"))
        .anySatisfy(p -> assertThat(p).startsWith("FOYER_SMTP_STARTTLS is false"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("FOYER_PUBLIC_URL is not set")
                    .contains("http://localhost:8080"))
        .hasSize(4);
  }

  @Test
  void productionLinksAreHttps() {
    Map<String, String> values = completeProduction();
    values.put(RuntimeSettings.PUBLIC_URL, "http://portal.example.org");
    assertThat(ProductionReadiness.problems(settings(values)))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("FOYER_PUBLIC_URL is not an https address"));
  }

  @Test
  void unknownModeIsRefusedWithTheValidValues() {
    assertThatThrownBy(() -> settings(Map.of(RuntimeSettings.MODE, "prodcution")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "FOYER_MODE is 'prodcution': it must be development or production (development when"
                + " not set)");
    assertThat(settings(Map.of(RuntimeSettings.MODE, " Production ")).isProduction()).isTrue();
  }

  @Test
  void portThatIsNoPortNumberIsRefusedByName() {
    assertThatThrownBy(() -> settings(Map.of(RuntimeSettings.PORT, "80a")))
        .hasMessage("FOYER_PORT is '80a': it must be a port number from 1 to 65535");
    assertThatThrownBy(() -> settings(Map.of(RuntimeSettings.PORT, "70000")))
        .hasMessageStartingWith("FOYER_PORT is '70000'");
  }

  @Test
  void settingNamesMapToEnvironmentVariablesAsMicroProfileConfigDoes() {
    assertThat(RuntimeSettings.environmentName("foyer.db.owner.user"))
        .isEqualTo("FOYER_DB_OWNER_USER");
  }
}
