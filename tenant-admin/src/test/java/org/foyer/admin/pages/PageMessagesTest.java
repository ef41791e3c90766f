package org.foyer.admin.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageMessagesTest {

  /** The page as it would be rendered: messages in order, each with its client id. */
  record Shown(String clientId, FacesMessage.Severity severity, String summary) {}

  /** Keeps the messages a page action adds; nothing else of Faces is touched. */
  static final class Page extends FacesContextWrapper {
    final List<Shown> shown = new ArrayList<>();

    Page() {
      super(null);
      setCurrentInstance(this);
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
      shown.add(new Shown(clientId, message.getSeverity(), message.getSummary()));
    }

    void close() {
      setCurrentInstance(null);
    }
  }

  Page page;

  @BeforeEach
  void openPage() {
    page = new Page();
  }

  @AfterEach
  void closePage() {
    page.close();
  }

  /** Field errors keep no order of their own, so the tests check the summary comes first only. */
  static InvalidInput refusal() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "The name is required");
    fields.put("/properties/age", "must be a number");
    return new InvalidInput("Not saved", fields);
  }

  @Test
  void successConfirmsWithTheActionsOwnWords() {
    assertThat(PageMessages.LISTED.report(() -> "Form \"Intake\" published")).isTrue();
    assertThat(page.shown)
        .containsExactly(new Shown(null, FacesMessage.SEVERITY_INFO, "Form \"Intake\" published"));
  }

  /** Runs a refused action and answers the messages after the summary, which must come first. */
  List<Shown> fieldMessagesOfARefusal(PageMessages mode) {
    assertThat(
            mode.run(
                () -> {
                  throw refusal();
                },
                "Saved"))
        .isFalse();
    assertThat(page.shown.get(0))
        .isEqualTo(new Shown(null, FacesMessage.SEVERITY_ERROR, "Not saved"));
    return page.shown.subList(1, page.shown.size());
  }

  @Test
  void besideInputsPutsEachFieldErrorAtTheInputOfTheSameId() {
    assertThat(fieldMessagesOfARefusal(PageMessages.BESIDE_INPUTS))
        .containsExactlyInAnyOrder(
            new Shown("name", FacesMessage.SEVERITY_ERROR, "The name is required"),
            new Shown("/properties/age", FacesMessage.SEVERITY_ERROR, "must be a number"));
  }

  @Test
  void listedNamesEachFieldInThePagesMessages() {
    assertThat(fieldMessagesOfARefusal(PageMessages.LISTED))
        .containsExactlyInAnyOrder(
            new Shown(null, FacesMessage.SEVERITY_ERROR, "name: The name is required"),
            new Shown(null, FacesMessage.SEVERITY_ERROR, "/properties/age: must be a number"));
  }

  @Test
  void summaryOnlyShowsTheRefusalOnce() {
    assertThat(fieldMessagesOfARefusal(PageMessages.SUMMARY_ONLY)).isEmpty();
  }

  @Test
  void anyOtherBusinessRefusalIsShownWithoutConfirming() {
    for (PageMessages mode : PageMessages.values()) {
      page.shown.clear();
      assertThat(
              mode.run(
                  () -> {
                    throw new NotFound("That form");
                  },
                  "Saved"))
          .isFalse();
      assertThat(page.shown).hasSize(1);
      assertThat(page.shown.get(0).severity()).isEqualTo(FacesMessage.SEVERITY_ERROR);
    }
  }

  @Test
  void aFaultIsNotDressedUpAsAPageMessage() {
    assertThatThrownBy(
            () ->
                PageMessages.BESIDE_INPUTS.run(
                    () -> {
                      throw new IllegalStateException();
                    },
                    "x"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(page.shown).isEmpty();
    assertThat(FacesContext.getCurrentInstance()).isSameAs(page);
  }

  @Test
  void aRefusalCaughtByThePageShowsAsARunRefusalDoes() {
    fieldMessagesOfARefusal(PageMessages.BESIDE_INPUTS);
    List<Shown> run = List.copyOf(page.shown);
    page.shown.clear();
    PageMessages.BESIDE_INPUTS.refuse(null, refusal());
    assertThat(page.shown).containsExactlyElementsOf(run).hasSize(3);
  }

  @Test
  void aSectionsRefusalIsAddressedToItsOwnMessageList() {
    PageMessages.LISTED.refuse("intake-messages", new NotFound("That form"));
    assertThat(page.shown)
        .containsExactly(
            new Shown("intake-messages", FacesMessage.SEVERITY_ERROR, "That form was not found"));
  }

  @Test
  void oneErrorGoesToTheComponentNamedOrToThePage() {
    PageMessages.error("password", "Use at least 12 characters.");
    PageMessages.error(null, "Your sign-in took too long.");
    assertThat(page.shown)
        .containsExactly(
            new Shown("password", FacesMessage.SEVERITY_ERROR, "Use at least 12 characters."),
            new Shown(null, FacesMessage.SEVERITY_ERROR, "Your sign-in took too long."));
  }
}
