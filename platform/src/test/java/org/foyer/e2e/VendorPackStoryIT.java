package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.foyer.admin.packs.SamplePacks;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The administrator installs a form vendor's template pack from the staff menu. A file that is not
 * a zip, and a pack whose manifest and form break the rules, are refused with what is wrong in each
 * file, and nothing is installed; the vendor's fixed pack installs and lists its vendor, licence
 * and form, which the practice's forms page then offers for intake packets. The administrator
 * removes it again; the built-in pack stays and cannot be removed.
 */
class VendorPackStoryIT {

  static final String PACK = "acme-story";

  @TempDir Path downloads;
  ChromeDriver admin;

  @AfterEach
  void close() {
    if (admin != null) {
      admin.quit();
    }
  }

  @Test
  void theAdministratorInstallsAVendorsPackAfterTwoRefusalsAndRemovesIt() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    admin = Browser.open(1280, 900);
    SignInPageObject.open(admin, foyer, "demo")
        .enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD)
        .enterCode(DemoAdministratorCodes.next(foyer));
    StoryChecks.clickToLoad(admin, admin.findElement(By.linkText("Template packs")));
    String builtIn = text("pack-list");
    assertThat(builtIn).contains("Built in").doesNotContain("Acme Forms");
    StoryChecks.visited(admin, "vendor-pack-0-built-in-only-admin");

    StoryChecks.clickToLoad(admin, admin.findElement(By.id("install-pack")));
    assertThat(text("messages")).contains("Choose a template pack zip to upload");

    install(file("notes.zip", "Thanks for buying our forms!".getBytes(StandardCharsets.UTF_8)));
    assertThat(text("messages")).contains("The template pack was not installed");
    assertThat(text("pack-list")).isEqualTo(builtIn);

    Map<String, String> broken = SamplePacks.files(PACK, "acme-history");
    broken.put("manifest.json", broken.get("manifest.json").replace("1.2.0", "one"));
    broken.put("forms/broken.json", "{\"id\": \"broken\"}");
    install(file("acme-broken.zip", SamplePacks.zip(broken)));
    assertThat(text("messages"))
        .contains("The template pack was not installed")
        .contains("manifest.json /version: must be a version like 1.2.0")
        .contains("forms/broken.json");
    assertThat(text("pack-list")).as("nothing was installed").isEqualTo(builtIn);
    StoryChecks.visited(admin, "vendor-pack-1-broken-pack-refused-admin");

    install(file("acme-forms.zip", SamplePacks.vendorPack(PACK, "acme-history")));
    assertThat(text("messages")).contains("Installed \"Vendor pack " + PACK + "\" 1.2.0");
    assertThat(text("pack-list"))
        .contains("Vendor pack " + PACK + " 1.2.0", "Acme Forms", "CC-BY-4.0");
    StoryChecks.visited(admin, "vendor-pack-2-installed-admin");

    admin.get(foyer.url("/p/demo/staff/admin/forms"));
    assertThat(text("pack-form-list"))
        .as("intake packets can now include the vendor's form")
        .contains("Previous therapy", "Vendor pack " + PACK);
    StoryChecks.visited(admin, "vendor-pack-2b-form-ready-admin");

    admin.get(foyer.url("/p/demo/staff/admin/packs"));
    StoryChecks.clickToLoad(admin, admin.findElement(By.cssSelector(".remove-pack")));
    assertThat(text("messages")).contains("Removed \"Vendor pack " + PACK + "\"");
    assertThat(text("pack-list")).isEqualTo(builtIn);
    assertThat(admin.findElements(By.cssSelector(".remove-pack")))
        .as("the built-in pack offers no removal")
        .isEmpty();
    StoryChecks.visited(admin, "vendor-pack-3-removed-admin");
  }

  private void install(Path zip) {
    admin.findElement(By.id("pack-file")).sendKeys(zip.toAbsolutePath().toString());
    StoryChecks.clickToLoad(admin, admin.findElement(By.id("install-pack")));
  }

  private Path file(String name, byte[] content) throws Exception {
    return Files.write(downloads.resolve(name), content);
  }

  private String text(String id) {
    return admin.findElement(By.id(id)).getText();
  }
}
