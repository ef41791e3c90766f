package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.foyer.demo.DemoPractice;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;
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
            .save();
    assertThat(builder.messages()).contains("Draft saved");
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

  private void signInAsAdministrator() {
    SignInPageObject signIn = SignInPageObject.open(browser, foyer, "demo");
    signIn.enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD);
    Totp totp = new Totp(Clock.systemUTC());
    signIn.enterCode(totp.codeAt(TotpSecret.fromBase32(foyer.demoTotpKey()), totp.currentStep()));
    assertThat(new StaffHomePageObject(browser).isShown()).isTrue();
  }

  private void screenshot(String name) throws Exception {
    Path directory = Path.of("target", "screenshots");
    Files.createDirectories(directory);
    Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
