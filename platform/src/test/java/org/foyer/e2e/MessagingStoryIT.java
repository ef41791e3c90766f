package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.foyer.demo.DemoPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Secure messaging as the demo practice lives it: a client on a phone writes to her care team with
 * a photo, her therapist at a desk reads it, opens the photo and answers, the answer reaches the
 * client's open page without a reload and her unread count comes and goes; a parent writes for
 * their child and the therapist sees who wrote. The notification mails name only the practice.
 */
class MessagingStoryIT {

  private static final String CARE_TEAM_MAIL =
      "You have a new message from Harbor Light Counseling";

  BundledFoyer foyer;
  ChromeDriver jordan;
  ChromeDriver dana;
  ChromeDriver casey;
  Path photo;
  final String suffix = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @AfterEach
  void close() throws Exception {
    for (ChromeDriver driver : new ChromeDriver[] {jordan, dana, casey}) {
      if (driver != null) {
        driver.quit();
      }
    }
    if (photo != null) {
      Files.deleteIfExists(photo);
    }
  }

  @Test
  void aPhotoGoesToTheCareTeamTheAnswerArrivesLiveAndAParentWritesForTheirChild() throws Exception {
    photo = photo();
    byte[] photoBytes = Files.readAllBytes(photo);
    String subject = "Rash photo " + suffix;
    String body = "The rash on my arm came back this morning " + suffix;

    jordan = StoryChecks.phone();
    SignInPageObject.open(jordan, foyer, "demo")
        .enterPassword("jordan.avery@demo.foyer.test", DemoPractice.PASSWORD);
    jordan.get(foyer.url("/p/demo/portal/messages"));
    StoryChecks.visited(jordan, "messaging-1-client-inbox-phone");
    jordan.findElement(By.id("subject")).sendKeys(subject);
    jordan.findElement(By.id("body")).sendKeys(body);
    jordan.findElement(By.id("new-files")).sendKeys(photo.toAbsolutePath().toString());
    StoryChecks.visited(jordan, "messaging-2-client-writes-phone");
    StoryChecks.clickToLoad(jordan, jordan.findElement(By.id("send-new")));
    assertThat(jordan.getCurrentUrl()).contains("/portal/messages?id=");
    String conversation = jordan.getCurrentUrl();
    assertThat(jordan.findElement(By.id("conversation-subject")).getText()).isEqualTo(subject);
    assertThat(jordan.findElement(By.id("message-thread")).getText()).contains(body);
    String photoName = photo.getFileName().toString();
    assertThat(jordan.findElements(By.cssSelector("#message-thread a.foyer-attachment")))
        .extracting(WebElement::getText)
        .contains(photoName);
    StoryChecks.visited(jordan, "messaging-3-client-sent-with-photo-phone");
    ((JavascriptExecutor) jordan).executeScript("window.foyerSamePage = 'yes';");

    dana = Browser.open(1280, 900);
    SignInPageObject danaSignIn =
        SignInPageObject.open(dana, foyer, "demo")
            .enterPassword("dana.okafor@demo.foyer.test", DemoPractice.PASSWORD);
    assertThat(danaSignIn.asksForCode()).as("a therapist signs in without a code").isFalse();
    dana.get(foyer.url("/p/demo/staff/home"));
    assertThat(dana.findElement(By.id("nav-unread")).getText()).matches("\\(\\d+ unread\\)");
    StoryChecks.visited(dana, "messaging-4-staff-unread-badge-desk");
    dana.findElement(By.id("nav-messages")).click();
    StoryChecks.visited(dana, "messaging-5-staff-inbox-desk");
    StoryChecks.clickToLoad(
        dana,
        dana.findElement(
            By.xpath("//main//a[contains(@href, '/staff/messages?id=')][. = '" + subject + "']")));
    assertThat(dana.findElement(By.id("message-thread")).getText()).contains(body, "Jordan Avery");
    WebElement attachment =
        dana.findElement(
            By.xpath(
                "//*[@id='message-thread']//a[@class='foyer-attachment'][. = '"
                    + photoName
                    + "']"));
    StoryChecks.visited(dana, "messaging-6-staff-conversation-desk");
    HttpResponse<byte[]> download = fetch(dana, attachment.getAttribute("href"));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).as("the downloaded photo is the one sent").isEqualTo(photoBytes);
    assertThat(fetch(jordan, attachment.getAttribute("href")).body())
        .as("the client downloads her own photo too")
        .isEqualTo(photoBytes);

    StoryChecks.clickToLoad(
        dana,
        dana.findElement(
            By.cssSelector("[aria-label='File " + photoName + " in General Documents']")));
    assertThat(dana.findElement(By.id("messages")).getText())
        .isEqualTo("Filed \u201c" + photoName + "\u201d in General Documents.");
    assertThat(dana.findElement(By.id("message-thread")).getText())
        .contains(photoName, "in General Documents");
    assertThat(dana.findElements(By.cssSelector("[aria-label^='File " + photoName + "']")))
        .as("a filed photo is not offered for filing again")
        .isEmpty();
    StoryChecks.visited(dana, "messaging-6b-staff-filed-photo-desk");

    String answer = "Thanks for the photo, let's look at it on Monday " + suffix;
    dana.findElement(By.id("reply-body")).sendKeys(answer);
    StoryChecks.clickToLoad(dana, dana.findElement(By.id("send-reply")));
    assertThat(dana.findElement(By.id("message-thread")).getText()).contains(answer);

    new WebDriverWait(jordan, Duration.ofSeconds(40))
        .until(driver -> driver.findElement(By.id("message-thread")).getText().contains(answer));
    assertThat(((JavascriptExecutor) jordan).executeScript("return window.foyerSamePage;"))
        .as("the answer arrived without reloading the page")
        .isEqualTo("yes");
    List<WebElement> shown = jordan.findElements(By.cssSelector("#message-thread > li"));
    assertThat(shown.get(shown.size() - 1).findElement(By.cssSelector("p.foyer-muted")).getText())
        .as("a message added live names its time as the server's pages do")
        .matches("Dana Okafor · \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} C[SD]T");
    StoryChecks.visited(jordan, "messaging-7-client-answer-arrived-phone");

    // A second answer while she is elsewhere shows as unread on her portal home, until she reads
    // it.
    jordan.get(foyer.url("/p/demo/portal/home"));
    String more = "One more thing: bring the cream you used " + suffix;
    dana.findElement(By.id("reply-body")).sendKeys(more);
    StoryChecks.clickToLoad(dana, dana.findElement(By.id("send-reply")));
    jordan.navigate().refresh();
    assertThat(jordan.findElement(By.id("unread-count")).getText()).isEqualTo("(1 unread)");
    StoryChecks.visited(jordan, "messaging-8-client-home-unread-phone");
    jordan.get(conversation);
    assertThat(jordan.findElement(By.id("message-thread")).getText()).contains(more);
    jordan.get(foyer.url("/p/demo/portal/home"));
    assertThat(jordan.findElements(By.id("unread-count")))
        .as("read, so no longer counted")
        .isEmpty();
    StoryChecks.visited(jordan, "messaging-9-client-home-read-phone");
    jordan.get(foyer.url("/p/demo/portal/documents"));
    assertThat(jordan.findElement(By.id("document-list")).getText())
        .as("the photo Dana filed is in Jordan's documents, titled by its name")
        .contains(photoName.substring(0, photoName.lastIndexOf('.')));

    casey = StoryChecks.phone();
    SignInPageObject.open(casey, foyer, "demo")
        .enterPassword("casey.brooks@demo.foyer.test", DemoPractice.PASSWORD);
    new Select(casey.findElement(By.id("profile"))).selectByVisibleText("Ella Brooks (Parent)");
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("switch-profile")));
    assertThat(casey.findElement(By.id("current-profile")).getText())
        .isEqualTo("Ella Brooks (Parent)");
    casey.get(foyer.url("/p/demo/portal/messages"));
    assertThat(casey.findElement(By.id("messages-for")).getText()).contains("Ella Brooks");
    StoryChecks.visited(casey, "messaging-10-parent-messages-for-child-phone");
    String forElla = "Ella slept badly after the last session " + suffix;
    String ellaSubject = "Ella's sleep " + suffix;
    casey.findElement(By.id("subject")).sendKeys(ellaSubject);
    casey.findElement(By.id("body")).sendKeys(forElla);
    StoryChecks.clickToLoad(casey, casey.findElement(By.id("send-new")));
    assertThat(casey.findElement(By.id("message-thread")).getText()).contains(forElla);
    StoryChecks.visited(casey, "messaging-11-parent-sent-phone");

    dana.get(foyer.url("/p/demo/staff/messages"));
    StoryChecks.clickToLoad(
        dana,
        dana.findElement(
            By.xpath(
                "//main//a[contains(@href, '/staff/messages?id=')][. = \"" + ellaSubject + "\"]")));
    String fromParent = dana.findElement(By.id("message-thread")).getText();
    assertThat(fromParent).contains(forElla, "Casey Brooks", "on the client's behalf");
    StoryChecks.visited(dana, "messaging-12-staff-reads-parent-desk");

    // Dana writes to Casey alone about Ella: a conversation with one person acting for her.
    dana.get(foyer.url("/p/demo/staff/messages"));
    StoryChecks.clickToLoad(
        dana,
        dana.findElements(
                By.xpath(
                    "//main//a[contains(@href, '/staff/messages?client=')][. = 'Ella Brooks']"))
            .get(0));
    new Select(dana.findElement(By.id("contact")))
        .selectByVisibleText("Casey Brooks (Parent) only");
    String toCasey = "Pick-up after Ella's session moves to 4:30 " + suffix;
    String caseySubject = "Pick-up time " + suffix;
    dana.findElement(By.id("subject")).sendKeys(caseySubject);
    dana.findElement(By.id("body")).sendKeys(toCasey);
    StoryChecks.visited(dana, "messaging-12a-staff-writes-to-parent-only-desk");
    StoryChecks.clickToLoad(dana, dana.findElement(By.id("send-new")));
    assertThat(dana.findElement(By.id("conversation-with")).getText())
        .isEqualTo("About Ella Brooks · with Casey Brooks (Parent) only");
    casey.get(foyer.url("/p/demo/portal/messages"));
    StoryChecks.clickToLoad(
        casey,
        casey.findElement(
            By.xpath(
                "//main//a[contains(@href, '/portal/messages?id=')][. = \""
                    + caseySubject
                    + "\"]")));
    assertThat(casey.findElement(By.id("message-thread")).getText()).contains(toCasey);
    StoryChecks.visited(casey, "messaging-12b-parent-reads-own-conversation-phone");

    dana.get(foyer.url("/p/demo/dev/mail"));
    List<String> notices =
        dana.findElements(By.cssSelector("article.foyer-mail")).stream()
            .map(WebElement::getText)
            .filter(text -> text.contains(CARE_TEAM_MAIL))
            .collect(Collectors.toList());
    assertThat(notices)
        .as("mail to Dana for Jordan's and Casey's messages, to Jordan for both answers")
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(String.join("\n", notices))
        .contains("dana.okafor@demo.foyer.test", "jordan.avery@demo.foyer.test")
        .doesNotContain(body, answer, more, forElla, subject, ellaSubject, suffix)
        .doesNotContain("Dana Okafor", "Jordan Avery", "Casey Brooks", photoName);
    StoryChecks.screenshot(dana, "messaging-13-notification-mail-desk");
  }

  /** A real photo-like PNG: a gradient with a shape, written by the JDK's own encoder. */
  private Path photo() throws Exception {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int y = 0; y < 480; y++) {
      g.setColor(new Color(200, 120 + y / 6, 100 + y / 4));
      g.drawLine(0, y, 639, y);
    }
    g.setColor(new Color(170, 40, 50));
    g.fillOval(260, 180, 120, 90);
    g.dispose();
    Path file = Files.createTempFile("foyer-e2e-arm-", ".png");
    assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
    return file;
  }

  /** Downloads as the browser's session would: the same cookies, no redirects followed. */
  private static HttpResponse<byte[]> fetch(ChromeDriver driver, String url) throws Exception {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
