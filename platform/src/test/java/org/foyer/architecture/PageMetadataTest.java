package org.foyer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page's {@code f:metadata} (view parameters, view actions) goes in the templates' "metadata"
 * slot, a direct child of the view. Anywhere else it still works, but Faces logs a warning on every
 * request of the page: fifteen pages once filled the log that way, one line per page view.
 */
class PageMetadataTest {

  private static final Path PAGES = Path.of("src/main/webapp");

  @Test
  void everyTemplatedPageDeclaresItsMetadataInTheMetadataSlot() throws IOException {
    List<String> misplaced = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        if (!text.contains("template=\"") || !text.contains("<f:metadata")) {
          continue;
        }
        checked++;
        int metadata = text.indexOf("<f:metadata");
        int slot = text.lastIndexOf("<ui:define name=\"", metadata);
        if (slot < 0 || !text.startsWith("<ui:define name=\"metadata\"", slot)) {
          misplaced.add(PAGES.relativize(page).toString());
        }
      }
    }
    assertThat(checked).as("templated pages with metadata").isGreaterThan(10);
    assertThat(misplaced).as("pages with f:metadata outside the metadata slot").isEmpty();
  }
}
