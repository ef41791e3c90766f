package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A new client fills in the default packet on a 360 px phone as people do: opens every form, adds
 * medications to Health History in place, attaches photos of both sides of their insurance card,
 * trips over an unrelated question without losing the photos, signs with a finger (clearing and
 * signing again), and is told plainly when the typed signature is not their own name.
 */
class PortalFormFillingIT {

  BundledFoyer foyer;
  ChromeDriver desk;
  ChromeDriver phone;
  String name;
  String clientPage;
  IntakeInvitationPageObject invitations;

  @BeforeEach
  void newClientOnAPhone() throws Exception {
    foyer = BundledFoyer.get();
    desk = Browser.open(1280, 1000);
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String email = "rowan." + suffix + "@example.org";
    String password = "amber-tide-lantern-" + suffix;
    name = "Rowan Ellis" + suffix;
    invitations = new IntakeInvitationPageObject(desk, foyer);
    invitations.signInAsAdministrator();
    clientPage = invitations.createClient("Rowan", "Ellis" + suffix, email);
    invitations.invite(email, label -> true);
    String link = foyer.url(invitations.invitationLinkFor(email));
    phone = StoryChecks.phone();
    IntakeInvitationPageObject.accept(phone, link, email, password);
  }

  @AfterEach
  void closeBrowsers() {
    for (ChromeDriver driver : new ChromeDriver[] {desk, phone}) {
      if (driver != null) {
        driver.quit();
      }
    }
  }

  @Test
  void aClientFillsThePacketOnAPhoneWithRowsPhotosAndADrawnSignature() throws Exception {
    StoryChecks.visited(phone, "filling-portal-home");
    Map<String, String> forms = new PortalFormPageObject(phone).formLinks();
    assertThat(forms.keySet()).contains("Health and Medical History", "Insurance Information");
    int n = 0;
    for (Map.Entry<String, String> form : forms.entrySet()) {
      phone.get(form.getValue());
      assertThat(phone.findElement(By.id("form-title")).getText()).isEqualTo(form.getKey());
      StoryChecks.visited(phone, "filling-form-" + (++n));
      assertTouchTargets(form.getKey());
    }

    fillHealthHistory(forms.get("Health and Medical History"));
    fillInsurance(forms.get("Insurance Information"));
    staffSeeTheDrawnSignatureAndOpenTheCardPhotos();
  }

  /** At the desk: the review says the signature was drawn and links both photos. */
  private void staffSeeTheDrawnSignatureAndOpenTheCardPhotos() throws Exception {
    desk.get(clientPage);
    StoryChecks.clickToLoad(
        desk,
        desk.findElement(
            By.xpath(
                "//*[@id='intake-forms']//tr[contains(., 'Insurance Information')]"
                    + "//a[starts-with(@id, 'review-')]")));
    assertThat(desk.findElement(By.id("signatures")).getText()).contains(name, "(drawn)");
    List<WebElement> photos = desk.findElements(By.cssSelector("#attachments a"));
    assertThat(photos)
        .extracting(WebElement::getText)
        .containsExactly(
            "Photo of the front of the card: card-front.jpg",
            "Photo of the back of the card: card-back.jpg");
    byte[] front = invitations.download(photos.get(0).getAttribute("href"), "image/jpeg");
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(front)).getWidth()).isEqualTo(320);
    StoryChecks.visited(desk, "filling-staff-review-photos");
  }

  @Test
  void aTypedSignatureThatIsNotTheClientsNameIsRefusedOnTheField() throws Exception {
    PortalFormPageObject portal = new PortalFormPageObject(phone);
    portal.open("Privacy Practices");
    portal.choose("receivedHow", "portal").choose("acknowledges", "true");
    portal.type("f-signature", "Totally Someone Else").submit();
    assertThat(portal.errorSummary())
        .contains("Please type your own full name to sign: " + name + ".");
    assertThat(portal.value("f-signature")).isEqualTo("Totally Someone Else");
    assertThat(phone.findElement(By.id("f-signature")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    StoryChecks.visited(phone, "filling-wrong-name");
    portal.type("f-signature", "  " + name.toUpperCase() + " ").submit();
    assertThat(phone.findElement(By.id("received")).getText()).contains("Privacy");
  }

  private void fillHealthHistory(String address) throws Exception {
    phone.get(address);
    PortalFormPageObject portal = new PortalFormPageObject(phone);
    portal.choose("takesMedication", "true");
    WebElement group = phone.findElement(By.id("f-medications"));
    assertThat(rows(group)).hasSize(2);
    // A marker on the page survives only if "Add another" does not reload it.
    phone.executeScript("window.foyerStillHere = true;");
    for (int added = 2; added <= 3; added++) {
      click(group.findElement(By.cssSelector(".foyer-add-row")));
      assertThat(rows(group)).hasSize(added + 1);
      assertThat(activeName()).isEqualTo("medications[" + added + "].name");
    }
    assertThat((Boolean) phone.executeScript("return window.foyerStillHere === true;")).isTrue();
    assertThat(phone.findElement(By.cssSelector("#f-medications [role=status]")).getText())
        .isEqualTo("Medications you take 4");
    // Removing the third row renumbers the fourth into its place.
    click(rows(group).get(2).findElement(By.cssSelector(".foyer-remove-row")));
    assertThat(rows(group)).hasSize(3);
    assertThat(rows(group).get(2).findElement(By.tagName("legend")).getText())
        .isEqualTo("Medications you take 3");
    click(group.findElement(By.cssSelector(".foyer-add-row")));
    assertThat(activeName()).isEqualTo("medications[3].name");
    String[] names = {"Sertraline", "Lisinopril", "Vitamin D", "Melatonin"};
    for (int row = 0; row < names.length; row++) {
      portal.type("f-medications-" + row + "-name", names[row]);
      portal.type("f-medications-" + row + "-dose", (row + 1) * 10 + " mg");
    }
    StoryChecks.visited(phone, "filling-health-history-rows");
    assertTouchTargets("Health and Medical History with four medications");
    portal.choose("hasAllergies", "false").choose("hadPriorTreatment", "false");
    portal.choose("usesOtherSubstances", "false");
    click(phone.findElements(By.cssSelector("input[name='alcoholUse']")).get(0));
    portal.submit();
    assertThat(phone.findElement(By.id("received")).getText()).contains("Health");
    StoryChecks.visited(phone, "filling-health-history-received");
  }

  private void fillInsurance(String address) throws Exception {
    phone.get(address);
    PortalFormPageObject portal = new PortalFormPageObject(phone);
    portal.choose("usesInsurance", "true");
    portal.type("f-payer", "Blue Harbor Health").type("f-memberId", "XJH 4471");
    new Select(phone.findElement(By.id("f-planType"))).selectByValue("commercial");
    portal.choose("subscriberRelationship", "self").choose("hasSecondary", "false");
    phone.findElement(By.id("f-cardFront")).sendKeys(jpeg("card-front", Color.BLUE).toString());
    phone.findElement(By.id("f-cardBack")).sendKeys(jpeg("card-back", Color.ORANGE).toString());
    portal.type("f-signature", name);
    // "I assign benefits" is left unanswered: an unrelated error.
    portal.submit();
    assertThat(portal.errorSummary()).contains("Please answer this question");
    assertThat(portal.pageText())
        .contains("Attached file: card-front.jpg", "Attached file: card-back.jpg");
    assertThat(portal.value("f-payer")).isEqualTo("Blue Harbor Health");
    assertThat(portal.value("f-memberId")).isEqualTo("XJH 4471");
    StoryChecks.visited(phone, "filling-insurance-kept-photos");

    portal.choose("assignsBenefits", "true");
    WebElement pad = phone.findElement(By.cssSelector(".foyer-signature-canvas"));
    StoryChecks.drawSignature(phone, pad);
    click(phone.findElement(By.cssSelector(".foyer-signature-clear")));
    assertThat(inkOn(pad)).as("Clear empties the pad").isZero();
    StoryChecks.drawSignature(phone, pad);
    assertThat(inkOn(pad)).isPositive();
    StoryChecks.visited(phone, "filling-insurance-signed");
    portal.submit();
    assertThat(phone.findElement(By.id("received")).getText()).contains("Insurance");
    StoryChecks.visited(phone, "filling-insurance-received");
  }

  /** Every visible control is at least 44 by 44 px, or sits in an option row that is. */
  private void assertTouchTargets(String form) {
    @SuppressWarnings("unchecked")
    List<String> small =
        (List<String>)
            phone.executeScript(
                """
                var small = [];
                document.querySelectorAll('main input, main select, main textarea, main button, main a')
                  .forEach(function (el) {
                    if (el.type === 'hidden' || el.offsetParent === null) return;
                    var box = el.closest('.foyer-option') || el;
                    var r = box.getBoundingClientRect();
                    if (el.tagName === 'A' && !el.closest('.foyer-error-summary')) return;
                    if (r.height < 44 || r.width < 44) {
                      small.push((el.id || el.name || el.textContent.trim()) + ' '
                        + Math.round(r.width) + 'x' + Math.round(r.height));
                    }
                  });
                return small;
                """);
    assertThat(small).as("controls smaller than 44 px on " + form).isEmpty();
  }

  private List<WebElement> rows(WebElement group) {
    return new ArrayList<>(group.findElements(By.cssSelector(":scope > fieldset.foyer-row")));
  }

  private String activeName() {
    return (String) phone.executeScript("return document.activeElement.name;");
  }

  private long inkOn(WebElement canvas) {
    return ((Number)
            phone.executeScript(
                "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width,"
                    + " c.height).data, n = 0; for (var i = 3; i < d.length; i += 4) if (d[i])"
                    + " n++; return n;",
                canvas))
        .longValue();
  }

  private void click(WebElement element) {
    StoryChecks.clickInView(phone, element);
  }

  /** A small real JPEG, as a phone's camera would produce. */
  private static Path jpeg(String name, Color color) throws Exception {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 320, 200);
    g.setColor(Color.WHITE);
    g.drawString("MEMBER XJH 4471", 20, 100);
    g.dispose();
    Path file = Files.createTempDirectory("foyer-card").resolve(name + ".jpg");
    ImageIO.write(image, "jpg", file.toFile());
    return file;
  }
}
