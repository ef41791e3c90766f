package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foyer.demo.DemoPractice;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator at a desk bringing a new client in (create, invite with a packet, read the
 * captured invitation) and the client accepting it on a phone: the start of every intake story.
 */
final class IntakeInvitationPageObject {

  static final Pattern INVITATION_LINK =
      Pattern.compile("(/p/demo/portal-invitation\\?token=[A-Za-z0-9_-]{43})");

  private final ChromeDriver desk;
  private final BundledFoyer foyer;

  IntakeInvitationPageObject(ChromeDriver desk, BundledFoyer foyer) {
    this.desk = desk;
    this.foyer = foyer;
  }

  IntakeInvitationPageObject signInAsAdministrator() throws InterruptedException {
    SignInPageObject signIn = SignInPageObject.open(desk, foyer, "demo");
    signIn.enterPassword(DemoPractice.ADMIN, DemoPractice.PASSWORD);
    signIn.enterCode(DemoAdministratorCodes.next(foyer));
    assertThat(new StaffHomePageObject(desk).isShown()).isTrue();
    return this;
  }

  /** Creates an adult client and returns their page's address. */
  String createClient(String first, String last, String email) {
    desk.get(foyer.url("/p/demo/staff/client"));
    desk.findElement(By.id("legalFirstName")).sendKeys(first);
    desk.findElement(By.id("legalLastName")).sendKeys(last);
    desk.findElement(By.id("email")).sendKeys(email);
    desk.findElement(By.id("dateOfBirth")).sendKeys("05021991");
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("save")));
    assertThat(desk.findElement(By.id("saved")).getText()).contains("Saved");
    return desk.getCurrentUrl();
  }

  /**
   * Invites the client as themselves with the default packet's forms the filter keeps. The form is
   * offered to the address on the record and, once sent, gives way to what happens next.
   */
  void invite(String email, Predicate<String> keep) {
    assertThat(desk.findElement(By.id("invite-email")).getAttribute("value"))
        .as("the invitation is offered to the address on the record")
        .isEqualTo(email);
    new Select(desk.findElement(By.id("invite-relationship"))).selectByValue("SELF");
    for (WebElement box : desk.findElements(By.cssSelector("#packet-items input[type=checkbox]"))) {
      String label =
          desk.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
      if (box.isSelected() != keep.test(label)) {
        StoryChecks.clickInView(desk, box);
      }
    }
    StoryChecks.clickToLoad(desk, desk.findElement(By.id("send-packet")));
    assertThat(desk.findElement(By.id("invitation-sent")).getText())
        .contains("Invitation sent to " + email, "What happens next");
    assertThat(desk.findElements(By.id("invite-email"))).as("no second invitation form").isEmpty();
  }

  void invite(String email, List<String> keep) {
    invite(email, keep::contains);
  }

  /** The invitation link in the development mail viewer's newest message to this address. */
  String invitationLinkFor(String email) {
    desk.get(foyer.url("/p/demo/dev/mail"));
    for (WebElement mail : desk.findElements(By.cssSelector("article.foyer-mail"))) {
      String text = mail.getAttribute("textContent");
      Matcher link = INVITATION_LINK.matcher(text);
      if (text.contains(email) && link.find()) {
        return link.group(1);
      }
    }
    throw new AssertionError("No invitation mail to " + email + " was captured");
  }

  /** Downloads with the administrator's session, as the browser's link would. */
  byte[] download(String url, String contentType) throws Exception {
    Cookie session = desk.manage().getCookieNamed("FOYER_SESSION");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "FOYER_SESSION=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
    return response.body();
  }

  /** The client opens the link on their phone, sets a password and accepts the consent. */
  static void accept(ChromeDriver phone, String link, String email, String password) {
    phone.get(link);
    assertThat(phone.findElement(By.id("invitee-email")).getText()).isEqualTo(email);
    phone.findElement(By.id("password")).sendKeys(password);
    phone.findElement(By.id("confirmation")).sendKeys(password);
    StoryChecks.clickInView(phone, phone.findElement(By.id("consent")));
    WebElement accept = phone.findElement(By.id("accept-button"));
    StoryChecks.clickToLoad(phone, accept);
    assertThat(phone.getCurrentUrl()).endsWith("/p/demo/portal/home");
  }
}
