package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Staff keep a 15-year-old's document and intake form from their parent with the client page's
 * "Keep from guardians" buttons, on a phone-width window: the parent's portal then neither lists
 * nor counts either of them and their direct addresses answer as missing, while the teen's own
 * login still has both.
 */
class KeepFromGuardiansIT {

  static final String NOT_FOUND = "couldn't find that page";

  BundledFoyer foyer;
  ChromeDriver desk;
  ChromeDriver parent;
  ChromeDriver teen;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() {
    for (ChromeDriver driver : new ChromeDriver[] {desk, parent, teen}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void staffKeepATeensDocumentAndFormFromTheirParentWhoNoLongerFindsThem() throws Exception {
    String teenEmail = "ivy." + suffix + "@example.org";
    String parentEmail = "rose." + suffix + "@example.org";
    String notes = "Session notes " + suffix;
    desk = StoryChecks.phone();
    IntakeInvitationPageObject staff =
        new IntakeInvitationPageObject(desk, foyer).signInAsAdministrator();
    String born =
        LocalDate.now()
            .minusYears(15)
            .minusDays(40)
            .format(DateTimeFormatter.ofPattern("MMddyyyy"));
    ClientPageObject ivy =
        ClientPageObject.create(desk, foyer, "Ivy", "Hale" + suffix, teenEmail, born);
    staff.invite(teenEmail, label -> true);
    ivy.open().uploadDocument(aPdf(), notes);
    ivy.addAndInviteParent("Rose Hale", parentEmail);
    String teenLink = foyer.url(staff.invitationLinkFor(teenEmail));
    String parentLink = foyer.url(staff.invitationLinkFor(parentEmail));

    parent = StoryChecks.phone();
    IntakeInvitationPageObject.accept(
        parent, parentLink, parentEmail, "harbor-ember-quill-p" + suffix);
    List<String> formsBefore = formTitles(parent);
    assertThat(formsBefore).as("the forms the teen's packet sent").hasSizeGreaterThan(1);
    String keptForm = formsBefore.get(0);
    String keptFormUrl = formLink(parent, keptForm);
    parent.get(foyer.url("/p/demo/portal/documents"));
    String documentUrl = documentLink(parent, notes);

    ivy.open();
    ivy.keepDocumentFromGuardians(notes);
    assertThat(ivy.documentRow(notes).getText()).contains("Kept from them");
    assertThat(
            ivy.documentRow(notes)
                .findElement(By.cssSelector(".document-confidentiality input[type=submit]"))
                .getAttribute("value"))
        .isEqualTo("Show to guardians");
    StoryChecks.visited(desk, "keep-from-guardians-document-phone");
    ivy.keepFormFromGuardians(keptForm);
    assertThat(ivy.formRow(keptForm).getText()).contains("Kept from parents and guardians");
    StoryChecks.visited(desk, "keep-from-guardians-form-phone");

    parent.get(foyer.url("/p/demo/portal/home"));
    assertThat(formTitles(parent))
        .as("the parent's list and count leave the kept form out")
        .doesNotContain(keptForm)
        .hasSize(formsBefore.size() - 1);
    assertThat(parent.findElement(By.id("forms-progress")).getText())
        .contains("of " + (formsBefore.size() - 1) + " done");
    StoryChecks.visited(parent, "keep-from-guardians-parent-home-phone");
    parent.get(foyer.url("/p/demo/portal/documents"));
    assertThat(parent.findElement(By.id("portal-documents")).getText()).doesNotContain(notes);
    StoryChecks.visited(parent, "keep-from-guardians-parent-documents-phone");
    parent.get(keptFormUrl);
    assertThat(parent.getPageSource()).as("the kept form by its address").contains(NOT_FOUND);
    parent.get(documentUrl);
    assertThat(parent.getPageSource()).as("the kept document by its address").contains("404");

    teen = StoryChecks.phone();
    IntakeInvitationPageObject.accept(teen, teenLink, teenEmail, "harbor-ember-quill-t" + suffix);
    assertThat(formTitles(teen)).as("the teen's own list").contains(keptForm);
    StoryChecks.visited(teen, "keep-from-guardians-teen-home-phone");
    teen.get(keptFormUrl);
    assertThat(teen.getPageSource()).doesNotContain(NOT_FOUND);
    assertThat(teen.findElement(By.id("form-title")).getText()).isEqualTo(keptForm);
    teen.get(foyer.url("/p/demo/portal/documents"));
    assertThat(teen.findElement(By.id("document-list")).getText()).contains(notes);
    StoryChecks.visited(teen, "keep-from-guardians-teen-documents-phone");
  }

  private static List<String> formTitles(ChromeDriver phone) {
    return phone.findElements(By.cssSelector("#form-list .intake-card-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String formLink(ChromeDriver phone, String title) {
    return phone.findElements(By.cssSelector("#form-list li")).stream()
        .filter(li -> li.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No form " + title + " in the portal list"))
        .findElement(By.cssSelector("a"))
        .getAttribute("href");
  }

  private static String documentLink(ChromeDriver phone, String title) {
    return phone.findElements(By.cssSelector("#document-list a")).stream()
        .filter(a -> a.getText().contains(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No document " + title + " in the portal list"))
        .getAttribute("href");
  }

  private static Path aPdf() throws Exception {
    Path file = Files.createTempFile("notes", ".pdf");
    Files.write(file, "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    file.toFile().deleteOnExit();
    return file;
  }
}
