package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailBodyTest {

  static final Branding BRAND = new Branding("Tom & Jerry's <Clinic>", "#2f6f8f", "");

  final MailBody body =
      new MailBody(
          BRAND,
          List.of("Hello <b>Ann</b>,", "First line\nsecond line"),
          "Open the portal",
          "https://portal.example.org/p/tj/login?a=1&b=2",
          List.of("Closing words."));

  @Test
  void plainTextKeepsTheWordsAsTypedAndPutsTheLinkUnderItsLabel() {
    assertThat(body.plain())
        .isEqualTo(
            "Hello <b>Ann</b>,\n\nFirst line\nsecond line\n\n"
                + "Open the portal:\nhttps://portal.example.org/p/tj/login?a=1&b=2\n"
                + "\nClosing words.\n");
  }

  @Test
  void htmlEscapesEveryWordAndLinkAndKeepsLineBreaks() {
    assertThat(body.html())
        .contains("<h1 style=\"color:#2f6f8f;font-size:22px\">Tom &amp; Jerry&#39;s &lt;Clinic&gt;")
        .contains("<p>Hello &lt;b&gt;Ann&lt;/b&gt;,</p>")
        .contains("<p>First line<br>second line</p>")
        .contains("href=\"https://portal.example.org/p/tj/login?a=1&amp;b=2\">Open the portal</a>")
        .contains("<p>Closing words.</p>")
        .doesNotContain("<b>");
  }
}
