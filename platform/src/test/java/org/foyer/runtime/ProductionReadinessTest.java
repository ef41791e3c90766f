package org.foyer.runtime;

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
        .hasSize(3);
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
  void unknownModeIsRefusedOutright() {
    assertThatThrownBy(() -> settings(Map.of(RuntimeSettings.MODE, "staging")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingNamesMapToEnvironmentVariablesAsMicroProfileConfigDoes() {
    assertThat(RuntimeSettings.environmentName("foyer.db.owner.user"))
        .isEqualTo("FOYER_DB_OWNER_USER");
  }
}
