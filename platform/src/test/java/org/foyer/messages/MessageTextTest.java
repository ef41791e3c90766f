package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages are shown inert: escaped first, then http(s) addresses linked, never markup. */
class MessageTextTest {

  @Test
  void markupIsShownAsText() {
    assertThat(MessageText.toHtml("<script>alert('x')</script> & <b>bold</b>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<script", "<b>");
  }

  @Test
  void webAddressesBecomeLinksWithoutTheSentencesPunctuation() {
    assertThat(MessageText.toHtml("See https://example.org/a?b=1&c=2. Thanks"))
        .isEqualTo(
            "See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer"
                + " nofollow\">https://example.org/a?b=1&amp;c=2</a>. Thanks");
  }

  @Test
  void scriptAndDataAddressesStayText() {
    String html = MessageText.toHtml("javascript:alert(1) data:text/html,<script>x</script>");

    assertThat(html).doesNotContain("<a ").doesNotContain("<script");
  }

  @Test
  void anAddressCannotBreakOutOfItsAttribute() {
    String html = MessageText.toHtml("https://evil.example/\"onmouseover=\"alert(1)");

    assertThat(html)
        .startsWith("<a href=\"https://evil.example/\" rel=")
        .contains("&quot;onmouseover=&quot;alert(1)")
        .doesNotContain("\"onmouseover");
  }

  @Test
  void elAndVelocityAreJustText() {
    assertThat(MessageText.toHtml("#{request.session} ${x} #set($a = 1)"))
        .isEqualTo("#{request.session} ${x} #set($a = 1)");
  }

  @Test
  void rightToLeftOverridesAreDropped() {
    assertThat(MessageText.toHtml("invoice\u202Efdp.exe\u2066x\u2069"))
        .isEqualTo("invoicefdp.exex");
  }

  @Test
  void nothingIsEmpty() {
    assertThat(MessageText.toHtml(null)).isEmpty();
  }
}
