package org.foyer.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentTest {

  @Test
  void plainNamesAreAttachmentsUnderTheirOwnName() {
    assertThat(Attachment.disposition("Intake packet.pdf"))
        .isEqualTo(
            "attachment; filename=\"Intake packet.pdf\"; filename*=UTF-8''Intake%20packet.pdf");
  }

  @Test
  void quotesAndNonAsciiCannotBreakOutOfTheHeader() {
    String header = Attachment.disposition("Zoë's \"consent\"\\.pdf");
    assertThat(header)
        .startsWith("attachment; filename=\"Zo_'s _consent__.pdf\";")
        .endsWith("filename*=UTF-8''Zo%C3%AB%27s%20%22consent%22%5C.pdf");
  }
}
