package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo administrator builds a custom intake form with a conditional question in headless
 * Chromium, publishes it, adds it to the default intake packet and previews the packet.
 */
class IntakeFormBuilderIT {

  static final String INVITE_AND_INTAKE =
      "Can invite clients to the client portal and manage intake forms";

  BundledFoyer foyer;
  ChromeDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(1280, 1000);
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void administratorBuildsAConditionalIntakeFormAddsItToTheDefaultPacketAndPreviewsIt()
      throws Exception {
    signInAsAdministrator();
    String title = "Previous therapy " + UUID.randomUUID().toString().substring(0, 6);

    FormBuilderPageObject builder =
        FormBuilderPageObject.newIntakeForm(browser, foyer, "demo")
            .title(title)
            .addQuestion("yes-no", "Have you been in therapy before?")
            .addQuestion("long-text", "Tell us about it")
            .showLastWhen("q1", "yes")
            .addQuestion("signature", "Parent or guardian signature")
            .lastSignedBy("A parent or guardian, on the client's behalf")
            .save();
    assertThat(builder.messages()).contains("Draft saved");
    assertThat(builder.lastSigner()).isEqualTo("A parent or guardian, on the client's behalf");
    assertThat(builder.preview()).contains("Have you been in therapy before?", "Tell us about it");
    screenshot("form-builder");

    builder.publish();
    assertThat(builder.messages()).contains("Published version 1");

    builder.openDefaultPacket(foyer, "demo");
    assertThat(builder.packetName()).contains("(default)");
    builder.addToPacket(title);
    assertThat(builder.messages()).contains("Form added");
    assertThat(builder.packetItems()).contains(title);

    String preview = builder.previewPacket();
    assertThat(preview).contains("Have you been in therapy before?", "Tell us about it");
    screenshot("packet-preview");
  }

  @Test
  void administratorGivesATherapistTheInviteAndIntakeCapability() throws Exception {
    ChromeDriver therapist = Browser.open(1280, 1000);
    try {
      SignInPageObject.open(therapist, foyer, "demo")
          .enterPassword("dana.okafor@demo.foyer.test", DemoPractice.PASSWORD);
      therapist.get(foyer.url("/api/p/demo/packets"));
      assertThat(therapist.getPageSource()).as("before: refused").contains("\"status\":403");

      signInAsAdministrator();
      String role = "Intake coordinator " + UUID.randomUUID().toString().substring(0, 6);
      RolesAdminPageObject roles =
          RolesAdminPageObject.open(browser, foyer, "demo")
              .createRole(role, List.of(INVITE_AND_INTAKE));
      assertThat(roles.customRolesText()).contains(role);
      StaffAdminPageObject.open(browser, foyer, "demo")
          .assignRoles("Dana Okafor", "Therapist", List.of(role));
      screenshot("therapist-given-intake-role");

      therapist.get(foyer.url("/api/p/demo/packets"));
      assertThat(therapist.getPageSource())
          .as("after: the same session may manage intake packets at once")
          .doesNotContain("\"status\":403")
          .containsPattern("<pre>\\[.*\\]</pre>");
    } finally {
      therapist.quit();
    }
  }

  private void signInAsAdministrator() throws InterruptedException {
    SignInPageObject signIn = SignInPageObject.open(browser, foyer, "demo");
    signIn.enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD);
    signIn.enterCode(DemoAdministratorCodes.next(foyer));
    assertThat(new StaffHomePageObject(browser).isShown()).isTrue();
  }

  private void screenshot(String name) throws Exception {
    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
