package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test checks on each page a person reaches: a screenshot kept as a build
 * artifact (target/screenshots, to be looked at), no axe-core violations of WCAG 2.1 A and AA, and
 * no sideways scrolling on a phone-width window. Also the one way tests draw a signature: real
 * pointer events (touch or pen) over the pad, as a finger would.
 */
final class StoryChecks {

  /** The narrowest phone the portal is promised to fit without sideways scrolling. */
  static final int PHONE_WIDTH = 360;

  static final int PHONE_HEIGHT = 780;

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private StoryChecks() {}

  /** A phone-sized Chromium (360 px wide), as most clients open the portal. */
  static ChromeDriver phone() {
    return Browser.open(PHONE_WIDTH, PHONE_HEIGHT);
  }

  /**
   * A step of the story: screenshot, accessibility and, on a phone-width window, the absence of
   * sideways scrolling. The name is the screenshot's file name and appears in failure messages.
   */
  static void visited(ChromeDriver driver, String step) throws Exception {
    screenshot(driver, step);
    assertAccessible(driver, step);
    if (windowWidth(driver) <= PHONE_WIDTH + 20) {
      assertNoSidewaysScroll(driver, step);
    }
  }

  /**
   * The text of the PDF behind the first link of the page's document list whose words start with
   * the title, downloaded with the browser's own session (the same cookies), as the person would.
   */
  /**
   * The text of the first captured mail to the address with the subject, on the development mail
   * page; the outbox sends within seconds, so the page is read again until it is there.
   */
  static String mailTo(ChromeDriver driver, BundledFoyer foyer, String email, String subject) {
    driver.get(foyer.url("/p/demo/dev/mail"));
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              for (WebElement mail : d.findElements(By.cssSelector("article.foyer-mail"))) {
                String text = mail.getAttribute("textContent");
                if (text.contains(email) && text.contains(subject)) {
                  return text;
                }
              }
              d.navigate().refresh();
              return null;
            });
  }

  static String documentText(ChromeDriver driver, String title) throws Exception {
    String link =
        driver.findElements(By.cssSelector("#document-list a")).stream()
            .filter(a -> a.getText().startsWith(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no document titled " + title))
            .getAttribute("href");
    return pdfText(driver, link, title);
  }

  /** Downloads the PDF at the address with the browser's session and returns its text. */
  static String pdfText(ChromeDriver driver, String link, String what) throws Exception {
    java.net.http.HttpResponse<byte[]> pdf = fetch(driver, link);
    assertThat(pdf.statusCode()).as(what).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** GETs the address with the browser's own session (its cookies), as a crafted link would. */
  static java.net.http.HttpResponse<byte[]> fetch(ChromeDriver driver, String link)
      throws Exception {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(link))
                .header("Cookie", cookies)
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  static void screenshot(ChromeDriver driver, String step) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(step + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  static void assertAccessible(ChromeDriver driver, String step) {
    Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
    assertThat(describe(results))
        .as("axe-core violations (WCAG 2.1 AA) on %s at %s", step, driver.getCurrentUrl())
        .isEmpty();
  }

  static void assertNoSidewaysScroll(ChromeDriver driver, String step) {
    Object overflow =
        js(driver)
            .executeScript(
                "var d = document.documentElement;"
                    + "var wide = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.right > d.clientWidth + 1 && wide.length < 5) {"
                    + "    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + "      + (e.className && e.className.baseVal === undefined"
                    + "          ? '.' + String(e.className).split(' ').join('.') : '')"
                    + "      + ' right=' + Math.round(r.right));"
                    + "  }"
                    + "});"
                    + "return d.scrollWidth > d.clientWidth"
                    + "  ? d.scrollWidth + ' > ' + d.clientWidth + ': ' + wide.join(', ') : '';");
    assertThat(overflow).as("sideways scrolling on %s at phone width", step).isEqualTo("");
  }

  /**
   * Draws a signature stroke over the pad with touch pointer events (down, several moves, up), the
   * way a finger signs on a phone; the page's script sees pointerdown/pointermove/pointerup.
   */
  static void drawSignature(ChromeDriver driver, WebElement pad) {
    js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", pad);
    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence stroke = new Sequence(finger, 0);
    int width = pad.getRect().getWidth();
    int height = pad.getRect().getHeight();
    int startX = -width / 3;
    stroke.addAction(
        finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(pad), startX, 0));
    stroke.addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
    for (int step = 1; step <= 12; step++) {
      int x = startX + step * (width / 20);
      int y = (int) (Math.sin(step / 2.0) * height / 5);
      stroke.addAction(
          finger.createPointerMove(
              Duration.ofMillis(15), PointerInput.Origin.fromElement(pad), x, y));
    }
    stroke.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    driver.perform(List.of(stroke));
  }

  /**
   * Clicks an element of the page, such as a check box, brought to the middle of the screen first:
   * phone screens scroll, and a sticky header must not take the click.
   */
  static void clickInView(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Clicks a link or a non-Ajax button and waits for the page it loads. */
  static void clickToLoad(WebDriver driver, WebElement element) {
    clickInView(driver, element);
    awaitReplaced(driver, element);
  }

  /**
   * Waits until the page that held {@code element} has been replaced, after a click that loads a
   * page. A click can return while the post is in flight, and a test that looks at once reads the
   * old page. Chromium reports a node of a replaced document either as stale or, while the new
   * document is being committed, as "does not belong to the document" (seen in a full run); both
   * mean the old page is gone.
   */
  static void awaitReplaced(WebDriver driver, WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            ignored -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }

  private static long windowWidth(ChromeDriver driver) {
    return ((Number) js(driver).executeScript("return window.innerWidth;")).longValue();
  }

  private static String describe(Results results) {
    return results.getViolations().stream()
        .map(StoryChecks::describe)
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private static String describe(Rule rule) {
    String targets =
        rule.getNodes().stream()
            .limit(5)
            .map(node -> node.getTarget() + " " + node.getFailureSummary())
            .collect(Collectors.joining("; "));
    return "  " + rule.getId() + ": " + rule.getHelp() + " -> " + targets;
  }

  private static JavascriptExecutor js(ChromeDriver driver) {
    return driver;
  }
}
